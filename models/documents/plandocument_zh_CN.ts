<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>At present we suggest no further applications.</source>
        <translation>目前暂无需要新申请的政策。</translation>
    </message>
    <message>
        <source>Amounts are estimates from what we know today; the office that handles each application decides eligibility and the final amount.</source>
        <translation>以下金额是根据目前掌握的情况所作的估算，是否符合条件及最终金额以经办部门审核结果为准。</translation>
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
    <message>
        <source>[%1] </source>
        <translation>【%1】</translation>
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
        <source>Advisor: %1 · Telephone: %2 · Station: %3</source>
        <translation>救助顾问：%1&#x3000;联系电话：%2&#x3000;服务站：%3</translation>
    </message>
    <message>
        <source>3. Assistance you already receive</source>
        <translation>三、已享受的救助政策</translation>
    </message>
    <message>
        <source>4. Assistance we suggest you apply for</source>
        <translation>四、建议申请的救助政策</translation>
    </message>
</context>
</TS>
