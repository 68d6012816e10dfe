<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Assessment</name>
    <message>
        <source>Lives alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>Risk of poverty through illness</source>
        <translation>因病致贫风险</translation>
    </message>
    <message>
        <source>Employment difficulty</source>
        <translation>就业困难</translation>
    </message>
    <message>
        <source>Severe disability</source>
        <translation>重度残疾</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Aged 80 or over</source>
        <translation>80 岁及以上高龄</translation>
    </message>
    <message>
        <source>Elderly-only household</source>
        <translation>纯老家庭</translation>
    </message>
    <message>
        <source>Children in the household</source>
        <translation>家中有未成年人</translation>
    </message>
    <message>
        <source>Mental-health concern</source>
        <translation>心理健康问题</translation>
    </message>
    <message>
        <source>Dibao family</source>
        <translation>低保家庭</translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>Cannot read the assessment model</source>
        <translation>无法读取评估模型</translation>
    </message>
    <message>
        <source>The assessment model is not valid JSON: %1</source>
        <translation>评估模型不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The assessment model needs dimensions whose weights add up to 100, and levels</source>
        <translation>评估模型须包含权重合计为 100 的评估维度，以及困难等级划分</translation>
    </message>
    <message>
        <source>Monthly income per person %1 yuan against the dibao standard %2 yuan</source>
        <translation>家庭月人均收入 %1 元，低保标准为 %2 元</translation>
    </message>
    <message>
        <source>Already receives dibao or extreme-poverty support</source>
        <translation>已享受低保或特困人员救助供养</translation>
    </message>
    <message>
        <source>Savings %1 yuan, less than one month of the standard for the household</source>
        <translation>存款 %1 元，不足全家一个月的低保标准</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Own-paid medical costs in the last 12 months: %1 yuan</source>
        <translation>近 12 个月自付医疗费用 %1 元</translation>
    </message>
    <message>
        <source>%1: %2 disability, grade %3</source>
        <translation>%1：%2残疾 %3 级</translation>
    </message>
    <message>
        <source>No stable housing</source>
        <translation>无固定住所</translation>
    </message>
    <message>
        <source>Rents privately</source>
        <translation>租住私房</translation>
    </message>
    <message>
        <source>Living area %L1 m² per person</source>
        <translation>人均居住面积 %L1 平方米</translation>
    </message>
    <message>
        <source>%1 is of working age and has no job</source>
        <translation>%1 处于劳动年龄但无工作</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) need care and nobody in the household can give it</source>
        <translation>
            <numerusform>%n 名家庭成员需要照料，但家中无人能够照料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) need care</source>
        <translation>
            <numerusform>%n 名家庭成员需要照料</numerusform>
        </translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>All members are 65 or older</source>
        <translation>家庭成员均为 65 岁及以上老人</translation>
    </message>
    <message>
        <source>%1 has a mental-health condition</source>
        <translation>%1 有精神或心理健康问题</translation>
    </message>
    <message>
        <source>No relative able to support</source>
        <translation>无具备赡（抚、扶）养能力的亲属</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) or student(s) in the household</source>
        <translation>
            <numerusform>家中有 %n 名未成年人或在校学生</numerusform>
        </translation>
    </message>
    <message>
        <source>Education costs in the last 12 months: %1 yuan</source>
        <translation>近 12 个月教育支出 %1 元</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>No household with id %1</source>
        <translation>找不到编号为 %1 的家庭</translation>
    </message>
    <message>
        <source>The household has no plan yet; draft one first</source>
        <translation>该家庭尚无帮扶方案，请先起草方案</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>member name: reason</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>channel (service centre name)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Cannot read the catalogue file %1: %2</source>
        <translation>无法读取政策目录文件 %1：%2</translation>
    </message>
    <message>
        <source>The fact dictionary is not a valid JSON object: %1 (at byte %2)</source>
        <translation>信息项字典不是有效的 JSON 对象：%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>The policy catalogue is not a valid JSON object: %1 (at byte %2)</source>
        <translation>政策目录不是有效的 JSON 对象：%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>The policy catalogue has no version (field version).</source>
        <translation>政策目录缺少版本号（字段 version）。</translation>
    </message>
    <message>
        <source>The catalogue&apos;s effective date (field effective) is not a date of the form YYYY-MM-DD.</source>
        <translation>政策目录的生效日期（字段 effective）不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>The policy catalogue has no list of policies (field policies).</source>
        <translation>政策目录缺少政策列表（字段 policies）。</translation>
    </message>
    <message>
        <source>Fact number %1 in the fact dictionary has no path (field path).</source>
        <translation>信息项字典中第 %1 个信息项缺少路径（字段 path）。</translation>
    </message>
    <message>
        <source>The fact %1 is listed twice in the fact dictionary.</source>
        <translation>信息项 %1 在信息项字典中重复出现。</translation>
    </message>
    <message>
        <source>The fact %1 needs a label in Chinese and English (field label).</source>
        <translation>信息项 %1 须有中英文名称（字段 label）。</translation>
    </message>
    <message>
        <source>The fact dictionary lists no facts.</source>
        <translation>信息项字典中没有任何信息项。</translation>
    </message>
    <message>
        <source>Source number %1 in the catalogue has no id (field id).</source>
        <translation>政策目录中第 %1 个来源缺少编号（字段 id）。</translation>
    </message>
    <message>
        <source>The source %1 is listed twice.</source>
        <translation>来源 %1 重复出现。</translation>
    </message>
    <message>
        <source>The source %1 has no title (field title).</source>
        <translation>来源 %1 缺少标题（字段 title）。</translation>
    </message>
    <message>
        <source>Parameter %1 needs a label in Chinese and English (field label).</source>
        <translation>参数 %1 须有中英文名称（字段 label）。</translation>
    </message>
    <message>
        <source>Parameter %1 has the unit &quot;%2&quot; (field unit); expected one of %3.</source>
        <translation>参数 %1 的单位为“%2”（字段 unit），应为以下之一：%3。</translation>
    </message>
    <message>
        <source>Parameter %1: field gapsAllowed must be true or false.</source>
        <translation>参数 %1：字段 gapsAllowed 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>Parameter %1 allows gaps but does not say why in Chinese and English (field gapNote).</source>
        <translation>参数 %1 允许取值存在空档，但未用中英文说明原因（字段 gapNote）。</translation>
    </message>
    <message>
        <source>Parameter %1: field values must be a list.</source>
        <translation>参数 %1：字段 values 必须为列表。</translation>
    </message>
    <message>
        <source>Parameter %1: &quot;%2&quot; in field from is not a date of the form YYYY-MM-DD.</source>
        <translation>参数 %1：字段 from 中的“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: &quot;%3&quot; in field to is not a date of the form YYYY-MM-DD.</source>
        <translation>参数 %1 自 %2 起的取值：字段 to 中的“%3”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: the end date (field to) is before the start date.</source>
        <translation>参数 %1 自 %2 起的取值：截止日期（字段 to）早于起始日期。</translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: field value is missing or not a number.</source>
        <translation>参数 %1 自 %2 起的取值：字段 value 缺失或不是数字。</translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: money must be a whole number of fen (field value).</source>
        <translation>参数 %1 自 %2 起的取值：金额必须是以分为单位的整数（字段 value）。</translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: field source is missing; every value must name its source.</source>
        <translation>参数 %1 自 %2 起的取值：缺少字段 source；每个取值都必须注明来源。</translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: the source %3 (field source) is not in the source list.</source>
        <translation>参数 %1 自 %2 起的取值：来源 %3（字段 source）不在来源列表中。</translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: the confidence &quot;%3&quot; (field confidence) is not one of %4.</source>
        <translation>参数 %1 自 %2 起的取值：可信度“%3”（字段 confidence）不在 %4 之中。</translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: a value that is %3 must say why in Chinese and English (field note).</source>
        <translation>参数 %1 自 %2 起的取值：可信度为 %3 的取值必须用中英文说明理由（字段 note）。</translation>
    </message>
    <message>
        <source>Parameter %1: the value from %2 overlaps the value from %3; effective dates must not overlap (field values).</source>
        <translation>参数 %1：自 %2 起的取值与自 %3 起的取值重叠；各取值的有效期不得重叠（字段 values）。</translation>
    </message>
    <message>
        <source>Parameter %1: no value covers %2 to %3, between the value from %4 and the value from %5 (field values). Close the gap, or set gapsAllowed with a gapNote saying why nothing is known there.</source>
        <translation>参数 %1：在自 %4 起的取值与自 %5 起的取值之间，%2 至 %3 没有任何取值（字段 values）。请补上这一空档，或设置 gapsAllowed 并在 gapNote 中说明这段时间为何没有已知取值。</translation>
    </message>
    <message>
        <source>Parameter %1 sets gapsAllowed but its values leave no gap; remove gapsAllowed and gapNote.</source>
        <translation>参数 %1 设置了 gapsAllowed，但其取值之间并无空档；请删除 gapsAllowed 和 gapNote。</translation>
    </message>
    <message>
        <source>Policy number %1 in the catalogue has no code (field code).</source>
        <translation>政策目录中第 %1 项政策缺少代码（字段 code）。</translation>
    </message>
    <message>
        <source>The policy code %1 (field code) is used twice.</source>
        <translation>政策代码 %1（字段 code）重复使用。</translation>
    </message>
    <message>
        <source>Policy %1: the category &quot;%2&quot; (field category) is not one of %3.</source>
        <translation>政策 %1：类别“%2”（字段 category）不在 %3 之中。</translation>
    </message>
    <message>
        <source>Policy %1: the scope &quot;%2&quot; (field scope) is neither household nor member.</source>
        <translation>政策 %1：适用范围“%2”（字段 scope）既不是 household，也不是 member。</translation>
    </message>
    <message>
        <source>Policy %1: the eligibility rule (field eligibility) is missing.</source>
        <translation>政策 %1：缺少资格规则（字段 eligibility）。</translation>
    </message>
    <message>
        <source>Policy %1: the confidence &quot;%2&quot; (field ruleConfidence) is not one of %3.</source>
        <translation>政策 %1：可信度“%2”（字段 ruleConfidence）不在 %3 之中。</translation>
    </message>
    <message>
        <source>Policy %1 needs field %2 in Chinese and English.</source>
        <translation>政策 %1 的字段 %2 须有中英文内容。</translation>
    </message>
    <message>
        <source>Policy %1 lists no documents to bring (field documents).</source>
        <translation>政策 %1 未列出需携带的材料（字段 documents）。</translation>
    </message>
    <message>
        <source>Policy %1: every entry of field documents needs Chinese and English.</source>
        <translation>政策 %1：字段 documents 的每一项都须有中英文内容。</translation>
    </message>
    <message>
        <source>Policy %1: every entry of field manualChecks needs Chinese and English.</source>
        <translation>政策 %1：字段 manualChecks 的每一项都须有中英文内容。</translation>
    </message>
    <message>
        <source>Policy %1 names no sources (field sources).</source>
        <translation>政策 %1 未注明任何来源（字段 sources）。</translation>
    </message>
    <message>
        <source>Policy %1: the period &quot;%2&quot; (field amount.period) is not one of %3.</source>
        <translation>政策 %1：发放周期“%2”（字段 amount.period）不在 %3 之中。</translation>
    </message>
    <message>
        <source>Policy %1 needs field amount.note in Chinese and English (how the amount is worked out, or why it cannot be).</source>
        <translation>政策 %1 须用中英文填写字段 amount.note（说明金额如何计算，或为何无法计算）。</translation>
    </message>
    <message>
        <source>Policy %1: field amount.formula must be null when the period is none.</source>
        <translation>政策 %1：发放周期为 none 时，字段 amount.formula 必须为 null。</translation>
    </message>
    <message>
        <source>Policy %1: field parameters lists &quot;%2&quot;, which the catalogue does not define.</source>
        <translation>政策 %1：字段 parameters 中列出了“%2”，但政策目录中未定义该参数。</translation>
    </message>
    <message>
        <source>Policy %1: field sources lists %2, which is not in the source list.</source>
        <translation>政策 %1：字段 sources 中列出了 %2，但它不在来源列表中。</translation>
    </message>
    <message numerus="yes">
        <source>Policy %1: field %2 gives the operation &quot;%3&quot; %n argument(s); it needs at least %4.</source>
        <translation>
            <numerusform>政策 %1：字段 %2 为运算“%3”提供了 %n 个参数，但它至少需要 %4 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Policy %1: field %2 gives the operation &quot;%3&quot; %n argument(s); it takes exactly %4.</source>
        <translation>
            <numerusform>政策 %1：字段 %2 为运算“%3”提供了 %n 个参数，但它只接受恰好 %4 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Policy %1: field %2 gives the operation &quot;%3&quot; %n argument(s); it takes %4 to %5.</source>
        <translation>
            <numerusform>政策 %1：字段 %2 为运算“%3”提供了 %n 个参数，但它接受 %4 至 %5 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy %1: field %2 uses the operation &quot;%3&quot;, which is not JsonLogic.</source>
        <translation>政策 %1：字段 %2 使用了运算“%3”，它不属于 JsonLogic。</translation>
    </message>
    <message>
        <source>Policy %1: field %2 names a variable with a computed expression; write the fact path as text.</source>
        <translation>政策 %1：字段 %2 用计算表达式指定变量；请直接以文本写出信息项路径。</translation>
    </message>
    <message>
        <source>Policy %1: field %2 uses the parameter &quot;%3&quot;, which the catalogue does not define.</source>
        <translation>政策 %1：字段 %2 使用了参数“%3”，但政策目录中未定义该参数。</translation>
    </message>
    <message>
        <source>Policy %1: field %2 uses the parameter &quot;%3&quot; but field parameters does not list it.</source>
        <translation>政策 %1：字段 %2 使用了参数“%3”，但字段 parameters 中未列出它。</translation>
    </message>
    <message>
        <source>Policy %1: field %2 uses the fact &quot;%3&quot;, which is not in the fact dictionary.</source>
        <translation>政策 %1：字段 %2 使用了信息项“%3”，但它不在信息项字典中。</translation>
    </message>
    <message>
        <source>Policy %1: field %2 uses the member fact &quot;%3&quot;, but the policy has household scope.</source>
        <translation>政策 %1：字段 %2 使用了成员信息项“%3”，但该政策的适用范围是整户（household）。</translation>
    </message>
    <message>
        <source>The policy catalogue has no list of target groups (field targetGroups).</source>
        <translation>政策库没有适用人群列表（字段 targetGroups）。</translation>
    </message>
    <message>
        <source>Target group number %1 in the catalogue has no code (field code).</source>
        <translation>政策库中第 %1 个适用人群没有代码（字段 code）。</translation>
    </message>
    <message>
        <source>The target group %1 (field code) is listed twice.</source>
        <translation>适用人群 %1（字段 code）重复出现。</translation>
    </message>
    <message>
        <source>The target group %1 needs a label in Chinese and English (field label).</source>
        <translation>适用人群 %1 须有中英文名称（字段 label）。</translation>
    </message>
    <message>
        <source>Policy %1 names no target group (field targetGroups); give at least one of %2.</source>
        <translation>政策 %1 未注明适用人群（字段 targetGroups）；请至少填写 %2 中的一个。</translation>
    </message>
    <message>
        <source>Policy %1: field targetGroups lists &quot;%2&quot;, which is not one of the catalogue&apos;s target groups (%3).</source>
        <translation>政策 %1：字段 targetGroups 中列出了“%2”，但它不是政策库中的适用人群（%3）。</translation>
    </message>
    <message>
        <source>Policy %1: field targetGroups lists &quot;%2&quot; twice.</source>
        <translation>政策 %1：字段 targetGroups 中“%2”重复出现。</translation>
    </message>
    <message>
        <source>The value %1 of the fact %2 needs a label in Chinese and English.</source>
        <translation>信息项 %2 的取值 %1 须有中英文名称。</translation>
    </message>
</context>
<context>
    <name>CatalogueCheck</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3：不是有效的 JSON：%4</translation>
    </message>
    <message>
        <source>%1: the file is JSON but not an object.</source>
        <translation>%1：文件是 JSON，但不是对象。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>（无版本号）</translation>
    </message>
    <message>
        <source>policies: %1, parameters: %2</source>
        <translation>政策 %1 项，参数 %2 个</translation>
    </message>
    <message>
        <source>%1: catalogue %2 is valid (%3).</source>
        <translation>%1：政策目录 %2 有效（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: catalogue %2 has %n problem(s) (%3).</source>
        <translation>
            <numerusform>%1：政策目录 %2 有 %n 个问题（%3）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>--db needs a file name</source>
        <translation>--db 需要指定文件名</translation>
    </message>
    <message>
        <source>No command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Name the household: its id, an id prefix or a member&apos;s ID number</source>
        <translation>请指定家庭：家庭编号、编号前缀或家庭成员的身份证号</translation>
    </message>
    <message>
        <source>Cannot read household %1</source>
        <translation>无法读取家庭 %1</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>家庭 %1</translation>
    </message>
    <message>
        <source>Address: %1 %2 %3 %4</source>
        <translation>地址：%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>Housing: %1</source>
        <translation>住房：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>Receives: %1</source>
        <translation>已享受：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue %1, effective %2</source>
        <translation>政策目录 %1，%2 起生效</translation>
    </message>
    <message numerus="yes">
        <source>%n polic(ies) found</source>
        <translation>
            <numerusform>找到 %n 项政策</numerusform>
        </translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>适用对象：%1</translation>
    </message>
    <message>
        <source>no value on %1</source>
        <translation>%1 暂无取值</translation>
    </message>
    <message>
        <source>[to be verified]</source>
        <translation>【待核实】</translation>
    </message>
    <message>
        <source>Documents to bring:</source>
        <translation>需携带材料：</translation>
    </message>
    <message>
        <source>Where to apply: %1</source>
        <translation>办理地点：%1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>政策依据：%1</translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation>服务站 %1：%2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Hardship level %1 (%2), score %L3 of 100</source>
        <translation>困难等级 %1 级（%2），综合评分 %L3 分（满分 100 分）</translation>
    </message>
    <message>
        <source>%L1 points</source>
        <comment>12.5 points</comment>
        <translation>%L1 分</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Matching as of %1 (catalogue %2)</source>
        <translation>按 %1 的政策进行匹配（政策目录 %2）</translation>
    </message>
    <message>
        <source>Facts to collect: %1</source>
        <translation>待采集信息：%1</translation>
    </message>
    <message>
        <source>Plan version %1, stage: %2</source>
        <translation>方案第 %1 版，阶段：%2</translation>
    </message>
    <message>
        <source>plan print needs --pdf FILE</source>
        <translation>plan print 需要 --pdf FILE</translation>
    </message>
    <message>
        <source>Plan printed to %1</source>
        <translation>方案已输出至 %1</translation>
    </message>
    <message>
        <source>[stale] </source>
        <translation>【已过时】</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n 条判定</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>走访情况：%1</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>下一步安排：%1</translation>
    </message>
    <message>
        <source>Next visit: %1</source>
        <translation>下次走访：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次走访</numerusform>
        </translation>
    </message>
    <message>
        <source>--lang takes zh or en</source>
        <translation>--lang 只能是 zh 或 en</translation>
    </message>
    <message>
        <source>Unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>Run jiuzhu-cli --help for the commands and options.</source>
        <translation>运行 jiuzhu-cli --help 查看命令和选项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 households; give more of the id:
%3</source>
        <translation>“%1”与 %2 户家庭相符，请给出更长的编号：
%3</translation>
    </message>
    <message>
        <source>no household matches &quot;%1&quot;</source>
        <translation>没有与“%1”相符的家庭</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (offset %3)</source>
        <translation>%1 不是有效的 JSON：%2（偏移量 %3）</translation>
    </message>
    <message>
        <source>a household with id %1 is already recorded</source>
        <translation>编号为 %1 的家庭已登记</translation>
    </message>
    <message>
        <source>no policy with code &quot;%1&quot;</source>
        <translation>没有代码为“%1”的政策</translation>
    </message>
    <message>
        <source>expected a date and time such as 2026-12-04T10:30 or 2026-12-04T10:30+08:00, got &quot;%1&quot;</source>
        <translation>应为日期和时间，例如 2026-12-04T10:30 或 2026-12-04T10:30+08:00，实际为“%1”</translation>
    </message>
    <message>
        <source>expected home, phone or office, got &quot;%1&quot;</source>
        <translation>应为 home、phone 或 office，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>应为 YYYY-MM-DD 格式的日期，实际为“%1”</translation>
    </message>
    <message>
        <source>%1 must hold one household, a JSON object {...}</source>
        <translation>%1 必须包含一户家庭，即一个 JSON 对象 {...}</translation>
    </message>
    <message>
        <source>Usage: jiuzhu-cli [--db FILE] [--json] [--lang zh|en] COMMAND
       jiuzhu-cli --help | --version

Commands:
  households add FILE.json        record a new household (docs/formats/household.md)
  households show ID              show one household
  households list [--search TEXT] list households, by name, ID number or address
  assess ID                       assess hardship and keep the result
  match ID [--as-of YYYY-MM-DD]   match against the policy catalogue
  decisions list ID               past matches, which went stale and why
  plan draft ID [--advisor NAME] [--phone TEL]
                                  draft the plan from the matches
  plan print ID --pdf FILE        print the plan for the family as PDF
  visits add ID [--at DATETIME] [--kind home|phone|office] [--participants TEXT]
             [--findings TEXT] [--next-steps TEXT] [--next-visit YYYY-MM-DD]
                                  log a contact (default: a home visit now)
  visits list ID                  list visits, newest first
  policies list [--target-group CODE]
                                  list the catalogue, or the policies for one group
  policies search TEXT [--target-group CODE]
                                  search the catalogue, within one group if given
  policies show CODE              show one policy
  policies check FILE [--facts FILE]
                                  validate a catalogue file; every problem is named
  screen [--as-of YYYY-MM-DD] [--set PARAMETER=VALUE ...] [--xlsx FILE] [--csv FILE]
         [--sort amount|level|street] [--limit N] [--threads N]
                                  every household against every policy: the coverage
                                  gaps; --set runs a what-if (VALUE, or +5% / -2.5%)
  generate --households N --seed S [--reference-date YYYY-MM-DD]
                                  fill the store with N synthetic households
  rules test FILE                 run a JsonLogic test suite file
  station show                    show this station&apos;s id and name
  station set-name NAME           name this station (printed on plans)

ID is a household id (or its first 8 characters) or a member&apos;s ID number.
CODE after --target-group is one of the catalogue&apos;s target groups, such as elderly,
disabled, children or unemployed; policies show lists a policy&apos;s groups.
Exit codes: 0 success, 1 usage error, 2 invalid input, 3 failure,
4 test cases failed (rules test).
</source>
        <translation>用法：jiuzhu-cli [--db FILE] [--json] [--lang zh|en] COMMAND
       jiuzhu-cli --help | --version

命令：
  households add FILE.json        登记一户新家庭（格式见 docs/formats/household.md）
  households show ID              查看一户家庭
  households list [--search TEXT] 列出家庭，可按姓名、身份证号或地址查找
  assess ID                       评估困难程度并保存结果
  match ID [--as-of YYYY-MM-DD]   与政策库匹配（政策找人）
  decisions list ID               以往的匹配结论，哪些已过时及原因
  plan draft ID [--advisor NAME] [--phone TEL]
                                  根据匹配结果起草帮扶方案
  plan print ID --pdf FILE        将方案打印为 PDF 交给家庭
  visits add ID [--at DATETIME] [--kind home|phone|office] [--participants TEXT]
             [--findings TEXT] [--next-steps TEXT] [--next-visit YYYY-MM-DD]
                                  记录一次联系（默认：当前时间的入户走访）
  visits list ID                  列出走访记录，最新的在前
  policies list [--target-group CODE]
                                  列出政策库，或只列出面向某一人群的政策
  policies search TEXT [--target-group CODE]
                                  查找政策；给出人群时只在该人群的政策中查找
  policies show CODE              查看一项政策
  policies check FILE [--facts FILE]
                                  校验政策库文件，逐条指出问题
  screen [--as-of YYYY-MM-DD] [--set PARAMETER=VALUE ...] [--xlsx FILE] [--csv FILE]
         [--sort amount|level|street] [--limit N] [--threads N]
                                  全部家庭与全部政策对照：应保未保线索清单；
                                  --set 进行假设测算（VALUE，或 +5% / -2.5%）
  generate --households N --seed S [--reference-date YYYY-MM-DD]
                                  在库中生成 N 户合成家庭（测试用）
  rules test FILE                 运行一个 JsonLogic 测试套件文件
  station show                    查看本服务站的编号和名称
  station set-name NAME           设置本服务站名称（打印在方案上）

ID 可以是家庭编号（或其前 8 位），也可以是某位成员的身份证号。
--target-group 后的 CODE 是政策库中的适用人群代码，如 elderly、disabled、children、
unemployed；policies show 会列出一项政策的适用人群。
退出码：0 成功，1 用法错误，2 输入无效，3 失败，
4 有测试用例未通过（rules test）。
</translation>
    </message>
    <message>
        <source>Target groups: %1</source>
        <translation>适用人群：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>target group label (code), e.g. 老年人 (elderly)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no target group &quot;%1&quot;; the catalogue has %2</source>
        <translation>没有代码为“%1”的适用人群；政策库中有：%2</translation>
    </message>
    <message>
        <source>there is no store at %1; commands that add data (households add, generate, station set-name) create one</source>
        <translation>%1 处没有数据库；会添加数据的命令（households add、generate、station set-name）才会新建数据库</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 joined the household</source>
        <translation>%1 加入家庭</translation>
    </message>
    <message>
        <source>%1 left the household</source>
        <translation>%1 离开家庭</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>%1 does not take the option %2</source>
        <translation>%1 不接受选项 %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>%1 needs more arguments; see --help</source>
        <translation>%1 缺少参数，请参阅 --help</translation>
    </message>
    <message>
        <source>%1 does not take the argument &quot;%2&quot;</source>
        <translation>%1 不接受参数“%2”</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 只能给出一次</translation>
    </message>
</context>
<context>
    <name>DecisionLog</name>
    <message>
        <source>The household was changed (version %1, now %2)</source>
        <translation>家庭信息已变更（当时为第 %1 版，现为第 %2 版）</translation>
    </message>
    <message>
        <source>The policy catalogue was updated (%1, now %2)</source>
        <translation>政策目录已更新（当时为 %1，现为 %2）</translation>
    </message>
    <message>
        <source>The policy is no longer in the catalogue</source>
        <translation>该政策已不在政策目录中</translation>
    </message>
    <message>
        <source>The policy&apos;s conditions changed</source>
        <translation>该政策的条件已变更</translation>
    </message>
    <message>
        <source>shown</source>
        <comment>decision purpose: the match was shown on screen</comment>
        <translation>已查看</translation>
    </message>
    <message>
        <source>printed</source>
        <comment>decision purpose: the match went into a printed plan</comment>
        <translation>已打印</translation>
    </message>
    <message>
        <source>exported</source>
        <comment>decision purpose: the match went into an exported coverage-gap list</comment>
        <translation>已导出</translation>
    </message>
</context>
<context>
    <name>File errors</name>
    <message>
        <source>%1: %2 entry %3 is incomplete or malformed.</source>
        <comment>e.g. :/areas/shanghai.json: streets entry 4 is ...</comment>
        <translation>%1：%2 中的第 %3 项不完整或格式有误。</translation>
    </message>
    <message>
        <source>%1: the area code %2 appears twice.</source>
        <translation>%1：区划代码 %2 重复出现。</translation>
    </message>
    <message>
        <source>Cannot read the area list %1: %2</source>
        <translation>无法读取行政区划列表 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid area list: %2</source>
        <translation>%1 不是有效的行政区划列表：%2</translation>
    </message>
    <message>
        <source>%1 has an unsupported format version.</source>
        <translation>%1 的格式版本不受支持。</translation>
    </message>
    <message>
        <source>%1: the retired district %2 names no current district as its successor.</source>
        <translation>%1：已撤销的区 %2 未指明由哪个现行区承接。</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Household without a head</source>
        <translation>未设户主的家庭</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <comment>living area, e.g. 18.5 m²</comment>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>financial assets %1 yuan</source>
        <comment>e.g. financial assets 2,300 yuan</comment>
        <translation>金融资产 %1 元</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <comment>e.g. Members (3)</comment>
        <translation>家庭成员（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disability, grade %2</source>
        <comment>e.g. Physical disability, grade 2</comment>
        <translation>%1残疾 %2 级</translation>
    </message>
    <message>
        <source>%1 yuan/month</source>
        <comment>income, e.g. 1,200 yuan/month</comment>
        <translation>%1 元/月</translation>
    </message>
    <message>
        <source>Hardship assessment</source>
        <translation>困难评估</translation>
    </message>
    <message>
        <source>Not assessed yet. Use Assess to grade the household&apos;s hardship.</source>
        <translation>尚未评估。请点击“评估”，评定该家庭的困难等级。</translation>
    </message>
    <message>
        <source>score %1 of 100, assessed %2</source>
        <comment>score 72.5 of 100, assessed 2026-03-01</comment>
        <translation>综合评分 %1 分（满分 100 分），评估日期 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>points of a dimension out of its weight, e.g. 12.0 / 20</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Policies as of %1</source>
        <comment>e.g. Policies as of 2026-03-01</comment>
        <translation>政策匹配（截至 %1）</translation>
    </message>
    <message>
        <source>To be verified</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>the members it applies to, e.g. for 林晓</comment>
        <translation>涉及成员：%1</translation>
    </message>
    <message>
        <source>To collect: %1</source>
        <comment>facts to collect, e.g. To collect: living area</comment>
        <translation>待采集：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>fact (member name)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The printed plan is out of date</source>
        <translation>打印的帮扶方案已过期</translation>
    </message>
    <message>
        <source>Changed since printing: %1</source>
        <translation>打印后有变化：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The facts behind an exported coverage-gap list have changed</source>
        <translation>已导出的应保未保线索所依据的信息已有变化</translation>
    </message>
    <message>
        <source>Changed since the export: %1</source>
        <translation>导出后有变化：%1</translation>
    </message>
    <message>
        <source>Exported %1 for: %2</source>
        <translation>%1 导出，涉及：%2</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Street / town</source>
        <translation>街道/镇(&amp;S)</translation>
    </message>
    <message>
        <source>Neighbourhood &amp;committee</source>
        <translation>居（村）委会(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Housing and assets</source>
        <translation>住房与资产</translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation>住房类型(&amp;H)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>&amp;Financial assets (yuan)</source>
        <translation>金融资产（元）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation>机动车数量(&amp;V)</translation>
    </message>
    <message>
        <source>Homes o&amp;wned</source>
        <translation>自有住房套数(&amp;W)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>家庭状况</translation>
    </message>
    <message>
        <source>Years of Shanghai hu&amp;kou</source>
        <translation>本市户籍年限(&amp;K)</translation>
    </message>
    <message>
        <source>Has a su&amp;pporter</source>
        <translation>有赡（抚、扶）养人(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;udden hardship in recent months</source>
        <translation>近期遭遇突发困难(&amp;U)</translation>
    </message>
    <message>
        <source>Necessary spending, last 12 months</source>
        <translation>近 12 个月刚性支出</translation>
    </message>
    <message>
        <source>&amp;Education (yuan)</source>
        <translation>教育支出（元）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Other necessary (yuan)</source>
        <translation>其他刚性支出（元）(&amp;O)</translation>
    </message>
    <message>
        <source>Benefits already received</source>
        <translation>已享受的救助</translation>
    </message>
    <message>
        <source>Add benefit</source>
        <translation>添加救助项目</translation>
    </message>
    <message>
        <source>Remove benefit</source>
        <translation>删除救助项目</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>移除成员(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Living area (m²)</source>
        <translation>居住面积（平方米）(&amp;L)</translation>
    </message>
    <message>
        <source>Hit by a natural disaste&amp;r recently (typhoon, flood…)</source>
        <translation>近期遭受自然灾害（台风、洪涝等）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Search by name, ID number or address</source>
        <translation>按姓名、身份证号或地址搜索</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>新建家庭(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>走访(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::CoverageGapModel</name>
    <message>
        <source>not known</source>
        <comment>estimated amount</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Level %1</source>
        <comment>hardship level, e.g. Level 2</comment>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街镇</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Per month (yuan)</source>
        <translation>每月金额（元）</translation>
    </message>
    <message>
        <source>Hardship level</source>
        <translation>困难等级</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::DateDelegate</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::HouseholdDialog</name>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No streets listed for this district yet</source>
        <translation>该区暂未收录街道（镇）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Per month (yuan)</source>
        <translation>每月金额（元）</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新建家庭</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <comment>window title, e.g. Household of 林晓</comment>
        <translation>%1的家庭</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <comment>tab title with the member count, e.g. Members (3)</comment>
        <translation>家庭成员（%1）</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove this member from the household?</source>
        <translation>要将此成员从家庭中移除吗？</translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation>要将 %1 从家庭中移除吗？</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（尚未填写姓名）</translation>
    </message>
    <message>
        <source>Benefit %1: %2</source>
        <comment>row number, then the problem</comment>
        <translation>救助项目第 %1 行：%2</translation>
    </message>
    <message>
        <source>Enter the living area in square metres, for example %1</source>
        <translation>请以平方米为单位填写居住面积，例如 %1</translation>
    </message>
    <message>
        <source>The household could not be saved: %1</source>
        <translation>家庭信息未能保存：%1</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Close without saving? What you entered is lost.</source>
        <translation>不保存就关闭吗？已填写的内容将会丢失。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before the household can be saved.</source>
        <translation>
            <numerusform>还有 %n 处问题需要更正，更正后才能保存家庭信息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiuzhu::HouseholdPicker</name>
    <message>
        <source>Choose a household…</source>
        <translation>选择家庭…</translation>
    </message>
    <message>
        <source>(no head of household)</source>
        <translation>（未设户主）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>head name · masked ID number, e.g. 小林 · 310105********0027</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::HouseholdRepository</name>
    <message>
        <source>Household %1 of the batch: %2</source>
        <translation>本批第 %1 户：%2</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::HouseholdTableModel</name>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Level %1</source>
        <comment>hardship level, e.g. Level 3</comment>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Street / town</source>
        <translation>街道/镇</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>困难等级</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::HouseholdsPage</name>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found</source>
        <translation>
            <numerusform>找到 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>No households yet. Use New household to record the first one.</source>
        <translation>还没有家庭记录。请点击“新建家庭”登记第一户。</translation>
    </message>
    <message>
        <source>Choose a household to see its members, assessment and policies.</source>
        <translation>选择一户家庭，查看其成员、评估结果和政策。</translation>
    </message>
    <message>
        <source>This household is no longer in the store.</source>
        <translation>该家庭已不在数据库中。</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>删除家庭</translation>
    </message>
    <message numerus="yes">
        <source>Delete the household of %1 with its %n member(s)? It disappears from every list; its history stays in the store.</source>
        <translation>
            <numerusform>要删除 %1 的家庭及其 %n 名成员吗？删除后该家庭不再出现在任何列表中，但历史记录仍保留在数据库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no head)</source>
        <translation>（未设户主）</translation>
    </message>
    <message>
        <source>The household could not be deleted: %1</source>
        <translation>家庭未能删除：%1</translation>
    </message>
    <message>
        <source>Assess household</source>
        <translation>评估家庭</translation>
    </message>
    <message>
        <source>The household could not be assessed: %1</source>
        <translation>家庭未能完成评估：%1</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::MainWindow</name>
    <message>
        <source>Jiuzhu — community assistance advisor</source>
        <translation>救助顾问 — 社区救助顾问工作台</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>帮扶方案</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Station: %1 · store: %2</source>
        <translation>服务站：%1 · 数据库：%2</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>批量筛查</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::MemberForm</name>
    <message>
        <source>Kind</source>
        <translation>收入类型</translation>
    </message>
    <message>
        <source>Per month (yuan)</source>
        <translation>每月金额（元）</translation>
    </message>
    <message>
        <source>Income %1: %2</source>
        <comment>row number, then the problem</comment>
        <translation>收入第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PlanActionsModel</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PlanPrintPreview</name>
    <message>
        <source>Assistance plan</source>
        <translation>帮扶方案</translation>
    </message>
    <message>
        <source>Print preview: assistance plan</source>
        <translation>打印预览：帮扶方案</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PlanRepository</name>
    <message>
        <source>Every action needs a title</source>
        <translation>每个事项都需要填写名称</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PlansPage</name>
    <message>
        <source>Household:</source>
        <translation>家庭：</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>救助顾问(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>方案概述(&amp;M)：</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>Draft from matches</source>
        <translation>根据匹配结果起草</translation>
    </message>
    <message>
        <source>Add an application for every policy the household is or may be eligible for</source>
        <translation>为该家庭符合或可能符合条件的每项政策添加一个申请事项</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>(no policy)</source>
        <translation>（无关联政策）</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>方案未保存</translation>
    </message>
    <message>
        <source>The plan of this household has changes that are not saved. Save them?</source>
        <translation>该家庭的方案有尚未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <comment>version number · saved at, e.g. Version 3 · 2026/5/12 14:05</comment>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <comment>version number · saved at · saved by, e.g. Version 3 · 2026/5/12 14:05 · 王</comment>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
    <message>
        <source>No saved version yet.</source>
        <translation>尚无已保存的版本。</translation>
    </message>
    <message>
        <source>Choose a version to see it.</source>
        <translation>选择一个版本进行查看。</translation>
    </message>
    <message>
        <source>Version %1, saved %2 (Shanghai time). Stage: %3. Advisor: %4 %5.</source>
        <translation>第 %1 版，保存于 %2（上海时间）。阶段：%3。救助顾问：%4 %5。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>方案概述：%1</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>方案未能保存：%1</translation>
    </message>
    <message>
        <source>Plan saved as version %1.</source>
        <translation>方案已保存为第 %1 版。</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新事项</translation>
    </message>
    <message>
        <source>The plan could not be drafted: %1</source>
        <translation>方案未能起草：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) added from the policy matches.</source>
        <translation>
            <numerusform>已根据政策匹配结果添加 %n 个事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan already covers every policy the household matches.</source>
        <translation>方案已涵盖该家庭匹配到的全部政策。</translation>
    </message>
    <message>
        <source>The plan cannot be printed: %1</source>
        <translation>无法打印方案：%1</translation>
    </message>
    <message>
        <source>The plan cannot be exported: %1</source>
        <translation>无法导出方案：%1</translation>
    </message>
    <message>
        <source>plan-%1.pdf</source>
        <comment>file name, e.g. plan-2026-05-12.pdf</comment>
        <translation>帮扶方案-%1.pdf</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation>将方案导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>PDF 文件未能写入：%1</translation>
    </message>
    <message>
        <source>Plan exported to %1.</source>
        <translation>方案已导出至 %1。</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PoliciesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Name, keyword or pinyin, e.g. 低保 or dibao</source>
        <translation>名称、关键词或拼音，例如“低保”或“dibao”</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n 项政策</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>No policy matches the search.</source>
        <translation>没有符合搜索条件的政策。</translation>
    </message>
    <message>
        <source>Choose a policy to read it in full.</source>
        <translation>选择一项政策，查看完整内容。</translation>
    </message>
    <message>
        <source>%1 · policy code %2</source>
        <comment>category · code, e.g. Medical · dibao</comment>
        <translation>%1 · 政策代码 %2</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>政策概要</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <source>[to be verified]</source>
        <translation>【待核实】</translation>
    </message>
    <message>
        <source>The rule is not confirmed from an official text.</source>
        <translation>该规则尚未经官方文件核实。</translation>
    </message>
    <message>
        <source>To check by hand:</source>
        <translation>需人工核查：</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>救助标准</translation>
    </message>
    <message>
        <source>No amount is estimated for this policy.</source>
        <translation>该政策不估算金额。</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>需携带材料</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>未列出。</translation>
    </message>
    <message>
        <source>Where to apply</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Online service: %1</source>
        <translation>网上办理：%1</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <source>The rule reads no household facts.</source>
        <translation>该规则不使用任何家庭信息。</translation>
    </message>
    <message>
        <source>The rule reads these facts:</source>
        <translation>该规则使用以下信息：</translation>
    </message>
    <message>
        <source>No value has been found for this parameter yet.</source>
        <translation>尚未查到该参数的取值。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>open</source>
        <comment>no end date</comment>
        <translation>至今</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>source id: title</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <comment>money, e.g. 1,650 yuan</comment>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage, e.g. 50 %</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <comment>area, e.g. 7 m²</comment>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>duration, e.g. 3 years</comment>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Confirmed from an official text</source>
        <translation>已据官方文件确认</translation>
    </message>
    <message>
        <source>From a secondary source</source>
        <translation>来自二手资料</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>假定</translation>
    </message>
    <message>
        <source>&amp;Who may be eligible…</source>
        <translation>哪些对象可能符合(&amp;W)…</translation>
    </message>
    <message>
        <source>Screen the whole caseload for this policy</source>
        <translation>按此政策筛查全部服务对象</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>适用人群(&amp;T)：</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>全部人群</translation>
    </message>
    <message>
        <source>Target groups:</source>
        <translation>适用人群：</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PolicyTableModel</name>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>适用对象</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::ScreeningPage</name>
    <message>
        <source>&amp;As of:</source>
        <translation>筛查日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>开始筛查(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>政策(&amp;P)：</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 &amp;CSV…</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>政策调整模拟</translation>
    </message>
    <message>
        <source>Param&amp;eter:</source>
        <translation>参数(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>调整(&amp;H)：</translation>
    </message>
    <message>
        <source>+5% or a new value</source>
        <translation>如 +5% 或新的数值</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>比较(&amp;O)</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>全部政策</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>parameter label (name), e.g. 低保标准 (dibao_standard)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Become eligible</source>
        <translation>新增符合</translation>
    </message>
    <message>
        <source>Stop being eligible</source>
        <translation>不再符合</translation>
    </message>
    <message>
        <source>Monthly cost before (yuan)</source>
        <translation>调整前每月支出（元）</translation>
    </message>
    <message>
        <source>Monthly cost after (yuan)</source>
        <translation>调整后每月支出（元）</translation>
    </message>
    <message>
        <source>Change per month (yuan)</source>
        <translation>每月变化（元）</translation>
    </message>
    <message>
        <source>Cannot read the households from the store.</source>
        <translation>无法从数据库读取家庭信息。</translation>
    </message>
    <message>
        <source>Screening…</source>
        <translation>正在筛查…</translation>
    </message>
    <message>
        <source>Screening cancelled; the list shows the previous run.</source>
        <translation>筛查已取消，列表仍为上一次的结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) screened against %1 policies as of %2.</source>
        <translation>
            <numerusform>截至 %2，已对 %n 户家庭筛查 %1 项政策。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coverage gap(s)</source>
        <translation>
            <numerusform>%n 条应保未保线索</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Run to screen the whole caseload.</source>
        <translation>点击“开始筛查”，对全部服务对象进行筛查。</translation>
    </message>
    <message>
        <source>Export coverage gaps to XLSX</source>
        <translation>将应保未保线索导出为 XLSX</translation>
    </message>
    <message>
        <source>Export coverage gaps to CSV</source>
        <translation>将应保未保线索导出为 CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>%n coverage gap(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条应保未保线索导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a change such as +5% or a new value.</source>
        <translation>请输入调整幅度（如 +5%）或新的数值。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
    <message>
        <source>No policy changes: nobody becomes or stops being eligible.</source>
        <translation>没有政策受影响：无人新增符合，也无人不再符合。</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) change; the monthly cost changes by %1 yuan in all.</source>
        <translation>
            <numerusform>%n 项政策有变化，每月支出合计变化 %1 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this change and add another: the comparison applies all of them together</source>
        <translation>保留此项调整并继续添加：比较时所有调整一并生效</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>已添加的调整：</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The coverage gaps were exported to %1, but their decisions could not be recorded:
%2</source>
        <translation>应保未保线索已导出到 %1，但未能记录相应的判定：
%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what-if change: parameter label, change (e.g. 低保标准 +5%)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Recording the exported coverage gaps…</source>
        <translation>正在记录导出的应保未保线索…</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) deleted since the screening were left out.</source>
        <translation>
            <numerusform>筛查后已删除的 %n 户家庭未导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Households were changed since this screening; press Run to screen again.</source>
        <translation>筛查后家庭信息已有变动；请点“开始筛查”重新筛查。</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::VisitDialog</name>
    <message>
        <source>Add visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>&amp;Date and time (Shanghai):</source>
        <translation>日期和时间（上海）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>走访方式(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参加人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Who took part, e.g. the advisor, the resident, a neighbour</source>
        <translation>参加人员，例如救助顾问、居民本人、邻居</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>走访情况(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>下一步安排(&amp;N)：</translation>
    </message>
    <message>
        <source>Next &amp;visit on:</source>
        <translation>下次走访日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation>家庭：%1</translation>
    </message>
    <message>
        <source>The visit was not saved: %1</source>
        <translation>走访记录未能保存：%1</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::VisitRepository</name>
    <message>
        <source>The visit has no household</source>
        <translation>该走访记录未关联家庭</translation>
    </message>
    <message>
        <source>Enter the date and time of the visit</source>
        <translation>请填写走访的日期和时间</translation>
    </message>
    <message>
        <source>Choose the kind of contact: home visit, phone call or office meeting</source>
        <translation>请选择走访方式：入户走访、电话联系或来访面谈</translation>
    </message>
    <message>
        <source>The next visit cannot be before this one</source>
        <translation>下次走访日期不能早于本次走访</translation>
    </message>
    <message>
        <source>The visit&apos;s date must be between 2000 and today</source>
        <translation>走访日期必须在 2000 年至今天之间</translation>
    </message>
</context>
<context>
    <name>Jiuzhu::VisitsPage</name>
    <message>
        <source>Household:</source>
        <translation>家庭：</translation>
    </message>
    <message>
        <source>&amp;Add visit…</source>
        <translation>登记走访(&amp;A)…</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次走访</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期未跟进</translation>
    </message>
    <message>
        <source>Households whose next visit date has passed. Click one to open it.</source>
        <translation>已过下次走访日期的家庭。点击即可打开。</translation>
    </message>
    <message>
        <source>Choose a household to see its visits.</source>
        <translation>选择一户家庭，查看其走访记录。</translation>
    </message>
    <message>
        <source>No visit recorded yet.</source>
        <translation>尚无走访记录。</translation>
    </message>
    <message>
        <source>Choose a visit to read it in full.</source>
        <translation>选择一条走访记录，查看完整内容。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>visit kind · date and time, e.g. Home visit · ...</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>head name · masked ID number, e.g. 小林 · 310105********0027</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
visit due %2, %n day(s) overdue</source>
        <comment>household, due date</comment>
        <translation>
            <numerusform>%1
应于 %2 走访，已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation>逾期未跟进（%1）</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>没有逾期未跟进的家庭。</translation>
    </message>
    <message>
        <source>Visit of %1 recorded.</source>
        <translation>已登记 %1 的走访。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>long date, time, e.g. 2026年3月2日星期一 00:30</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Already receiving</source>
        <translation>已享受</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Possibly eligible (facts missing)</source>
        <translation>可能符合（信息待补充）</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>about %1 yuan a month</source>
        <comment>about 1,650 yuan a month</comment>
        <translation>约 %1 元/月</translation>
    </message>
    <message>
        <source>about %1 yuan a year</source>
        <comment>about 90,000 yuan a year</comment>
        <translation>约 %1 元/年</translation>
    </message>
    <message>
        <source>about %1 yuan</source>
        <comment>about 2,000 yuan once</comment>
        <translation>约 %1 元</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Resident &amp;ID</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>18 characters, the last may be X</source>
        <translation>18 位，最后一位可能是 X</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Relation to head</source>
        <translation>与户主关系(&amp;R)</translation>
    </message>
    <message>
        <source>Hu&amp;kou</source>
        <translation>户籍(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Marital status</source>
        <translation>婚姻状况(&amp;M)</translation>
    </message>
    <message>
        <source>Ed&amp;ucation</source>
        <translation>文化程度(&amp;U)</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>就业</translation>
    </message>
    <message>
        <source>&amp;Employment</source>
        <translation>就业状况(&amp;E)</translation>
    </message>
    <message>
        <source>Registered as unemployed</source>
        <translation>已办理失业登记</translation>
    </message>
    <message>
        <source>Recognised as having difficulty finding work</source>
        <translation>已认定为就业困难人员</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Add income</source>
        <translation>添加收入</translation>
    </message>
    <message>
        <source>Remove income</source>
        <translation>删除收入</translation>
    </message>
    <message>
        <source>Health and disability</source>
        <translation>健康与残疾</translation>
    </message>
    <message>
        <source>Health &amp;conditions</source>
        <translation>疾病情况(&amp;C)</translation>
    </message>
    <message>
        <source>Health no&amp;te</source>
        <translation>健康备注(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Disability</source>
        <translation>残疾类别(&amp;D)</translation>
    </message>
    <message>
        <source>Disability &amp;grade</source>
        <translation>残疾等级(&amp;G)</translation>
    </message>
    <message>
        <source>Own-&amp;paid medical costs, last 12 months (yuan)</source>
        <translation>近 12 个月自付医疗费用（元）(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Plan version %1</source>
        <translation>方案版本：第 %1 版</translation>
    </message>
    <message>
        <source>Drawn up on %1</source>
        <translation>制定日期：%1</translation>
    </message>
    <message>
        <source>One Household, One Plan</source>
        <translation>一户一方案</translation>
    </message>
    <message>
        <source>Assistance plan for the household in %1</source>
        <translation>%1 家庭救助帮扶方案</translation>
    </message>
    <message>
        <source>1. The household</source>
        <translation>一、家庭基本情况</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>Street or town</source>
        <translation>街道（镇）</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>居（村）委会</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房情况</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation>身份证号（已隐去部分）</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>2. Our assessment</source>
        <translation>二、困难情况评估</translation>
    </message>
    <message>
        <source>Hardship level %1 (%2)</source>
        <translation>困难等级：%1 级（%2）</translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation>综合评分：%1 分（满分 100 分）</translation>
    </message>
    <message>
        <source>[%1] </source>
        <translation>【%1】</translation>
    </message>
    <message>
        <source>Needs attention: </source>
        <translation>需重点关注：</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation>暂无估算</translation>
    </message>
    <message>
        <source>[to be verified]</source>
        <translation>【待核实】</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Why we suggest it</source>
        <translation>建议理由</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>需携带材料</translation>
    </message>
    <message>
        <source>Where to apply</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上办理</translation>
    </message>
    <message>
        <source>3. Assistance you already receive</source>
        <translation>三、已享受的救助政策</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>4. Assistance we suggest you apply for</source>
        <translation>四、建议申请的救助政策</translation>
    </message>
    <message>
        <source>At present we suggest no further applications.</source>
        <translation>目前暂无需要新申请的政策。</translation>
    </message>
    <message>
        <source>Amounts are estimates from what we know today; the office that handles each application decides eligibility and the final amount.</source>
        <translation>以下金额是根据目前掌握的情况所作的估算，是否符合条件及最终金额以经办部门审核结果为准。</translation>
    </message>
    <message>
        <source>5. What happens next</source>
        <translation>五、帮扶行动安排</translation>
    </message>
    <message>
        <source>No actions planned yet.</source>
        <translation>暂无行动安排。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>6. Your advisor</source>
        <translation>六、联系我们</translation>
    </message>
    <message>
        <source>Advisor: %1 · Telephone: %2 · Station: %3</source>
        <translation>救助顾问：%1&#x3000;联系电话：%2&#x3000;服务站：%3</translation>
    </message>
    <message>
        <source>Please call your advisor if anything changes in your family, or if you need help with an application. ID numbers on this plan are partly hidden to protect your privacy.</source>
        <translation>家庭情况如有变化，或办理申请时需要帮助，请随时联系救助顾问。为保护您的隐私，本方案中的身份证号已隐去部分数字。</translation>
    </message>
    <message>
        <source>Head or family representative (signature)</source>
        <translation>户主/家庭代表 签名：</translation>
    </message>
    <message>
        <source>Advisor (signature)</source>
        <translation>救助顾问 签名：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>One Household, One Plan · version %1 · printed %2</source>
        <translation>一户一方案 · 第 %1 版 · 打印日期 %2</translation>
    </message>
    <message>
        <source>Cannot start printing the plan.</source>
        <translation>无法开始打印方案。</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>无法新建页面。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot finish printing the plan.</source>
        <translation>无法完成方案打印。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlanDrafter</name>
    <message>
        <source>Home visit to assess the household&apos;s situation and needs</source>
        <translation>入户走访，评估家庭状况和需求</translation>
    </message>
    <message>
        <source>Understand the household</source>
        <translation>了解家庭情况</translation>
    </message>
    <message>
        <source>Apply for %1</source>
        <translation>申请%1</translation>
    </message>
    <message>
        <source>Collect %1, then apply for %2</source>
        <translation>补充采集%1后，申请%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Secure the assistance the household is entitled to</source>
        <translation>落实家庭应享的救助</translation>
    </message>
    <message>
        <source>Follow-up visit: check applications and how the household is doing</source>
        <translation>跟进走访：了解申请进展和家庭近况</translation>
    </message>
    <message>
        <source>Stay with the household until it stands on its own</source>
        <translation>持续陪伴，直至家庭摆脱困境</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>Basic living</source>
        <translation>基本生活救助</translation>
    </message>
    <message>
        <source>Extreme poverty</source>
        <translation>特困人员救助供养</translation>
    </message>
    <message>
        <source>Poverty from necessary spending</source>
        <translation>支出型贫困救助</translation>
    </message>
    <message>
        <source>Temporary hardship</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育救助</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房救助</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业救助</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾人帮扶</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>老年人帮扶</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童福利</translation>
    </message>
    <message>
        <source>Disaster relief</source>
        <translation>受灾人员救助</translation>
    </message>
    <message>
        <source>Social participation</source>
        <translation>社会参与</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Unknown JsonLogic operator &quot;%1&quot;.</source>
        <translation>未知的 JsonLogic 运算符“%1”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 不是有效的 JSON：%2（偏移量 %3）</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON array.</source>
        <translation>%1 中没有 JSON 数组。</translation>
    </message>
    <message>
        <source>%1 holds no test cases.</source>
        <translation>%1 中没有测试用例。</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--as-of: expected a date as YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>--as-of：应为 YYYY-MM-DD 格式的日期，实际为“%1”</translation>
    </message>
    <message>
        <source>--sort: expected amount, level or street</source>
        <translation>--sort：应为 amount、level 或 street</translation>
    </message>
    <message>
        <source>%1: expected a number</source>
        <translation>%1：应为数字</translation>
    </message>
    <message>
        <source>Unknown option for screen: %1</source>
        <translation>screen 不支持此选项：%1</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>eligible / possibly / receiving</source>
        <translation>符合 / 可能符合 / 已享受</translation>
    </message>
    <message>
        <source>monthly cost if all eligible take it up (yuan)</source>
        <translation>符合条件者全部申领时的每月支出（元）</translation>
    </message>
    <message>
        <source>Cannot read the households from the store</source>
        <translation>无法从数据库读取家庭信息</translation>
    </message>
    <message numerus="yes">
        <source>Screened %n household(s) against %1 policies as of %2 (read %3 ms, screened %4 ms)</source>
        <translation>
            <numerusform>已按 %2 的政策，对 %n 户家庭筛查 %1 项政策（读取用时 %3 毫秒，筛查用时 %4 毫秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage gaps (eligible or possibly eligible, not receiving): %1</source>
        <translation>应保未保线索（符合或可能符合条件但尚未享受）：%1</translation>
    </message>
    <message>
        <source>What-if %1: %2 become eligible, %3 stop; monthly cost %4 → %5 yuan</source>
        <translation>假设调整 %1：新增符合条件 %2 个，不再符合 %3 个；每月支出 %4 → %5 元</translation>
    </message>
    <message>
        <source>Unknown option for generate: %1</source>
        <translation>generate 不支持此选项：%1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not valid</source>
        <translation>%1：“%2”无效</translation>
    </message>
    <message>
        <source>generate needs --households N</source>
        <translation>generate 需要 --households N</translation>
    </message>
    <message>
        <source>%1 of %2 households written</source>
        <translation>已写入 %1/%2 户</translation>
    </message>
    <message numerus="yes">
        <source>%n synthetic household(s) written (seed %1) in %2 s</source>
        <translation>
            <numerusform>已写入 %n 户模拟家庭（随机种子 %1），用时 %2 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Household id</source>
        <translation>家庭编号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道（镇）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Hardship level</source>
        <translation>困难等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Estimated amount (yuan)</source>
        <translation>预计金额（元）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>发放周期</translation>
    </message>
    <message>
        <source>Per month (yuan)</source>
        <translation>每月金额（元）</translation>
    </message>
    <message>
        <source>Facts to collect</source>
        <translation>待采集信息</translation>
    </message>
    <message>
        <source>the spreadsheet library could not start a workbook</source>
        <translation>电子表格库无法新建工作簿</translation>
    </message>
    <message>
        <source>--set needs PARAMETER=VALUE, got &quot;%1&quot;</source>
        <translation>--set 需要 PARAMETER=VALUE 形式，实际为“%1”</translation>
    </message>
    <message>
        <source>%1 has no value on the screening date to change by %2</source>
        <translation>%1 在筛查日期没有取值，无法按 %2 调整</translation>
    </message>
    <message>
        <source>%1: expected a number or a change like +5%, got &quot;%2&quot;</source>
        <translation>%1：应为数字或 +5% 这样的调整幅度，实际为“%2”</translation>
    </message>
    <message>
        <source>The coverage gaps were exported, but their decisions could not be recorded: %1</source>
        <translation>应保未保线索已导出，但未能记录相应的判定：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n coverage gap(s); %1 new decision(s) recorded</source>
        <translation>
            <numerusform>已导出 %n 条应保未保线索；新记录 %1 条判定</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a file name</source>
        <translation>应为文件名</translation>
    </message>
    <message>
        <source>--set is given more than once for this parameter; give it once</source>
        <translation>同一参数多次使用了 --set；每个参数只能设置一次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>parameter label and code, e.g. 低保标准 (dibao_standard)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>a parameter cannot be negative, got &quot;%1&quot;</source>
        <translation>参数不能为负数，实际为“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large; at most %L2</source>
        <translation>“%1”过大；最大为 %L2</translation>
    </message>
    <message>
        <source>no parameter of that name in the catalogue</source>
        <translation>政策目录中没有此参数</translation>
    </message>
    <message>
        <source>write +5% for a relative change, or the new value without a sign, got &quot;%1&quot;</source>
        <translation>按比例调整请写成 +5% 这样的形式，设定新值请不带正负号，实际为“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation>“%1”不是有限数值</translation>
    </message>
    <message>
        <source>a change of %1 would leave nothing of the value; lower it by less than 100%</source>
        <translation>调整 %1 会使参数值降为零或负数；下调幅度须小于 100%</translation>
    </message>
    <message>
        <source>Usage: jiuzhu-cli screen [--as-of YYYY-MM-DD] [--set PARAMETER=VALUE ...]
                         [--xlsx FILE] [--csv FILE] [--sort amount|level|street]
                         [--limit N] [--threads N]

Screens every household in the store against the policy catalogue and lists the
coverage gaps (eligible or possibly eligible, not receiving).

  --as-of YYYY-MM-DD     the screening date (default: today in Shanghai)
  --set PARAMETER=VALUE  a what-if: who becomes or stops being eligible, and the
                         monthly cost change. VALUE is the new value in the
                         parameter&apos;s unit (yuan for money) or a change: +5% or -2.5%.
                         Once per parameter; repeat --set for other parameters.
  --xlsx FILE            export the coverage gaps as a workbook
  --csv FILE             export the coverage gaps as CSV
                         Exporting records an &quot;exported&quot; decision for every gap.
  --sort ORDER           amount (default), level or street
  --limit N              how many gaps to list (default 20)
  --threads N            threads to screen on (default: one per processor)
</source>
        <translation>用法：jiuzhu-cli screen [--as-of YYYY-MM-DD] [--set PARAMETER=VALUE ...]
                       [--xlsx FILE] [--csv FILE] [--sort amount|level|street]
                       [--limit N] [--threads N]

将库中每户家庭与政策目录逐项对照，列出应保未保线索（符合条件或可能符合、
但尚未享受）。

  --as-of YYYY-MM-DD     筛查日期（默认：上海当天）
  --set PARAMETER=VALUE  假设测算：哪些家庭新增符合条件、哪些不再符合，以及每月
                         支出的变化。VALUE 为按参数自身单位的新值（金额以元计），
                         或调整幅度：+5% 或 -2.5%。
                         每个参数只能设置一次；调整其他参数请再写 --set。
  --xlsx FILE            将应保未保线索导出为 Excel 工作簿
  --csv FILE             将应保未保线索导出为 CSV
                         导出时为每条线索记录一条“已导出”判定。
  --sort ORDER           amount（默认）、level 或 street
  --limit N              列出的线索条数（默认 20）
  --threads N            筛查使用的线程数（默认：每个处理器一个）
</translation>
    </message>
    <message>
        <source>The exported list is the screening with the catalogue&apos;s parameters; the what-if below is not in it.</source>
        <translation>导出的清单按政策目录中的参数筛查，不含下面的调整模拟。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the folder for the store</source>
        <translation>无法创建存放数据库的文件夹</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot switch on foreign keys</source>
        <translation>无法启用外键约束</translation>
    </message>
    <message>
        <source>Cannot create the meta table</source>
        <translation>无法创建元数据表</translation>
    </message>
    <message>
        <source>The store was written by a newer version of Jiuzhu</source>
        <translation>该数据库由较新版本的救助顾问软件写入</translation>
    </message>
    <message>
        <source>Cannot read a schema migration</source>
        <translation>无法读取数据库结构迁移脚本</translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Schema migration failed</source>
        <translation>数据库结构迁移失败</translation>
    </message>
    <message>
        <source>Cannot read the station</source>
        <translation>无法读取服务站信息</translation>
    </message>
    <message>
        <source>Cannot create the station</source>
        <translation>无法创建服务站</translation>
    </message>
    <message>
        <source>Cannot rename the station</source>
        <translation>无法修改服务站名称</translation>
    </message>
    <message>
        <source>This file is not a Jiuzhu store</source>
        <translation>该文件不是救助顾问软件的数据库</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Not an amount: %1</source>
        <comment>Shown under a money field, e.g. Not an amount: 12a</comment>
        <translation>不是有效金额：%1</translation>
    </message>
    <message>
        <source>At most two decimals (fen): %1</source>
        <comment>e.g. At most two decimals (fen): 1.234</comment>
        <translation>最多两位小数（精确到分）：%1</translation>
    </message>
    <message>
        <source>Amount too large: %1</source>
        <translation>金额过大：%1</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>This field is required</source>
        <translation>此项为必填项</translation>
    </message>
    <message>
        <source>Expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot;</source>
        <translation>未知代码“%1”</translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>Expected a whole number from %1 to %2</source>
        <translation>应为 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>Expected a number from %1 to %2</source>
        <translation>应为 %1 至 %2 之间的数字</translation>
    </message>
    <message>
        <source>Expected an amount in yuan</source>
        <translation>应为以元为单位的金额</translation>
    </message>
    <message>
        <source>An amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD</source>
        <translation>应为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>Expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name</source>
        <translation>请填写成员姓名</translation>
    </message>
    <message>
        <source>Enter the resident ID number</source>
        <translation>请填写居民身份证号码</translation>
    </message>
    <message>
        <source>Choose the relation to the head</source>
        <translation>请选择与户主关系</translation>
    </message>
    <message>
        <source>Choose the disability grade (1 to 4)</source>
        <translation>请选择残疾等级（1 至 4 级）</translation>
    </message>
    <message>
        <source>A disability grade needs a disability type</source>
        <translation>填写残疾等级时须同时选择残疾类别</translation>
    </message>
    <message>
        <source>Choose the district</source>
        <translation>请选择区</translation>
    </message>
    <message>
        <source>Choose the street or town</source>
        <translation>请选择街道（镇）</translation>
    </message>
    <message>
        <source>Enter the address</source>
        <translation>请填写地址</translation>
    </message>
    <message>
        <source>Add at least one member</source>
        <translation>请至少添加一名家庭成员</translation>
    </message>
    <message>
        <source>The same ID number is entered twice in this household</source>
        <translation>本户中同一身份证号填写了两次</translation>
    </message>
    <message>
        <source>Mark one member as head of household</source>
        <translation>请将一名成员设为户主</translation>
    </message>
    <message>
        <source>Only one member can be head of household</source>
        <translation>只能有一名成员为户主</translation>
    </message>
    <message>
        <source>The resident ID number gives the birth date %1, which does not exist.</source>
        <translation>身份证号码中的出生日期 %1 不存在。</translation>
    </message>
    <message>
        <source>The resident ID number gives the birth date %1, before 1880.</source>
        <translation>身份证号码中的出生日期 %1 早于 1880 年。</translation>
    </message>
    <message>
        <source>The resident ID number gives the birth date %1, which is in the future.</source>
        <translation>身份证号码中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Character %1 of the resident ID number is “%2”; only digits are allowed there.</source>
        <comment>e.g. Character 7 of the resident ID number is “A”; ...</comment>
        <translation>身份证号码第 %1 位是“%2”，该位只能是数字。</translation>
    </message>
    <message>
        <source>Enter the resident ID number.</source>
        <translation>请填写居民身份证号码。</translation>
    </message>
    <message numerus="yes">
        <source>A resident ID number has 18 characters (15 digits if it is an old one); this one has %n.</source>
        <translation>
            <numerusform>居民身份证号码应为 18 位（旧版为 15 位数字），当前填写了 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last character of the resident ID number should be %1 for the digits before it, not %2. Check the number for a typing mistake.</source>
        <translation>按前面各位数字计算，身份证号码最后一位应为 %1，而不是 %2。请检查号码是否输错。</translation>
    </message>
    <message>
        <source>The sex entered is female, but the resident ID number is a man&apos;s.</source>
        <translation>填写的性别为女，但身份证号码显示为男性。</translation>
    </message>
    <message>
        <source>The sex entered is male, but the resident ID number is a woman&apos;s.</source>
        <translation>填写的性别为男，但身份证号码显示为女性。</translation>
    </message>
    <message>
        <source>Neither the birth date %1 nor the sex entered matches the resident ID number, which is a man&apos;s, born %2.</source>
        <translation>填写的出生日期 %1 和性别都与身份证号码不符：该号码显示为男性，出生于 %2。</translation>
    </message>
    <message>
        <source>Neither the birth date %1 nor the sex entered matches the resident ID number, which is a woman&apos;s, born %2.</source>
        <translation>填写的出生日期 %1 和性别都与身份证号码不符：该号码显示为女性，出生于 %2。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the resident ID number, which gives %2.</source>
        <translation>出生日期 %1 与身份证号码不符，号码显示为 %2。</translation>
    </message>
    <message>
        <source>This ID number is already recorded in another household</source>
        <translation>该身份证号码已登记在另一户家庭中</translation>
    </message>
    <message>
        <source>Expected an id such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427</source>
        <translation>应为编号，例如 1b4e28ba-2fa1-11d2-883f-0016d3cca427</translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>Contains control characters; retype the text</source>
        <translation>含有控制字符，请重新输入</translation>
    </message>
    <message>
        <source>%1 is not a current Shanghai district code</source>
        <translation>%1 不是本市现行的区划代码</translation>
    </message>
    <message>
        <source>%1 is not in the chosen district</source>
        <translation>%1 不在所选的区内</translation>
    </message>
    <message>
        <source>%1 is not a street or town of the chosen district</source>
        <translation>%1 不是所选区的街道或镇</translation>
    </message>
    <message>
        <source>No policy with code &quot;%1&quot; in the catalogue</source>
        <translation>政策目录中没有代码为“%1”的政策</translation>
    </message>
    <message>
        <source>No member of this household has that ID number</source>
        <translation>本户没有持该身份证号的成员</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女/外孙子女</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>儿媳/女婿</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Shanghai hukou</source>
        <translation>本市户籍</translation>
    </message>
    <message>
        <source>Hukou elsewhere</source>
        <translation>外省市户籍</translation>
    </message>
    <message>
        <source>Never married</source>
        <translation>未婚</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>已婚</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>离异</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>未上过学</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior secondary</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior secondary or vocational</source>
        <translation>高中或中专（职校）</translation>
    </message>
    <message>
        <source>College or university</source>
        <translation>大专及以上</translation>
    </message>
    <message>
        <source>Pre-school</source>
        <translation>学龄前</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Flexible employment</source>
        <translation>灵活就业</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>失业</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>在校学生</translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation>丧失劳动能力</translation>
    </message>
    <message>
        <source>Child, not at school</source>
        <translation>未入学儿童</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No disability</source>
        <translation>无残疾</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>肢体</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>视力</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听力</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>言语</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>智力</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>精神</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>多重</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工资收入</translation>
    </message>
    <message>
        <source>Business or farming</source>
        <translation>经营收入</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>养老金</translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation>失业保险金</translation>
    </message>
    <message>
        <source>Maintenance from relatives</source>
        <translation>赡（抚、扶）养费</translation>
    </message>
    <message>
        <source>Rent or interest</source>
        <translation>租金或利息收入</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Owned home</source>
        <translation>自有住房</translation>
    </message>
    <message>
        <source>Public rental</source>
        <translation>公共租赁住房</translation>
    </message>
    <message>
        <source>Private rental</source>
        <translation>租住私房</translation>
    </message>
    <message>
        <source>Low-rent housing</source>
        <translation>廉租住房</translation>
    </message>
    <message>
        <source>Living with relatives</source>
        <translation>借住亲属家</translation>
    </message>
    <message>
        <source>No stable housing</source>
        <translation>无固定住所</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话联系</translation>
    </message>
    <message>
        <source>Office meeting</source>
        <translation>来访面谈</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Apply for a policy</source>
        <translation>政策申请</translation>
    </message>
    <message>
        <source>Refer to an organisation</source>
        <translation>转介至相关机构</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>恶性肿瘤</translation>
    </message>
    <message>
        <source>Brain or pituitary tumour</source>
        <translation>脑部或垂体肿瘤</translation>
    </message>
    <message>
        <source>Uraemia (dialysis)</source>
        <translation>尿毒症（透析）</translation>
    </message>
    <message>
        <source>Reduced kidney function</source>
        <translation>肾功能不全</translation>
    </message>
    <message>
        <source>Serious heart disease</source>
        <translation>严重心脏病</translation>
    </message>
    <message>
        <source>Stroke after-effects</source>
        <translation>脑卒中后遗症</translation>
    </message>
    <message>
        <source>Leukaemia</source>
        <translation>白血病</translation>
    </message>
    <message>
        <source>Severe mental illness</source>
        <translation>严重精神障碍</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>抑郁症</translation>
    </message>
    <message>
        <source>Anxiety disorder</source>
        <translation>焦虑症</translation>
    </message>
    <message>
        <source>Severe insomnia</source>
        <translation>严重失眠</translation>
    </message>
    <message>
        <source>Dementia</source>
        <translation>认知障碍症</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>糖尿病</translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation>高血压</translation>
    </message>
    <message>
        <source>Chronic lung disease</source>
        <translation>慢性肺部疾病</translation>
    </message>
    <message>
        <source>Arthritis</source>
        <translation>关节炎</translation>
    </message>
    <message>
        <source>Other chronic illness</source>
        <translation>其他慢性病</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jiuzhu cannot start</source>
        <translation>救助顾问无法启动</translation>
    </message>
</context>
</TS>
