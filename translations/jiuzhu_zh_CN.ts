<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Assessment</name>
    <message>
        <source>Lives alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of poverty through illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 80 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly-only household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental-health concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibao family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>Cannot read the assessment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment model is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment model needs dimensions whose weights add up to 100, and levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income per person %1 yuan against the dibao standard %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already receives dibao or extreme-poverty support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings %1 yuan, less than one month of the standard for the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own-paid medical costs in the last 12 months: %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 disability, grade %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stable housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rents privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living area %L1 m² per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of working age and has no job</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) need care and nobody in the household can give it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) need care</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members are 65 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a mental-health condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relative able to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) or student(s) in the household</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Education costs in the last 12 months: %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>No household with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no plan yet; draft one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>member name: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>channel (service centre name)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Cannot read the catalogue file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact dictionary is not a valid JSON object: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy catalogue is not a valid JSON object: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy catalogue has no version (field version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue&apos;s effective date (field effective) is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy catalogue has no list of policies (field policies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact number %1 in the fact dictionary has no path (field path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact %1 is listed twice in the fact dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact %1 needs a label in Chinese and English (field label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact dictionary lists no facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source number %1 in the catalogue has no id (field id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source %1 has no title (field title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 needs a label in Chinese and English (field label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 has the unit &quot;%2&quot; (field unit); expected one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: field gapsAllowed must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 allows gaps but does not say why in Chinese and English (field gapNote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: field values must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: &quot;%2&quot; in field from is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: &quot;%3&quot; in field to is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: the end date (field to) is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: field value is missing or not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: money must be a whole number of fen (field value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: field source is missing; every value must name its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: the source %3 (field source) is not in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: the confidence &quot;%3&quot; (field confidence) is not one of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1, value from %2: a value that is %3 must say why in Chinese and English (field note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: the value from %2 overlaps the value from %3; effective dates must not overlap (field values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: no value covers %2 to %3, between the value from %4 and the value from %5 (field values). Close the gap, or set gapsAllowed with a gapNote saying why nothing is known there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 sets gapsAllowed but its values leave no gap; remove gapsAllowed and gapNote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy number %1 in the catalogue has no code (field code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy code %1 (field code) is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: the category &quot;%2&quot; (field category) is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: the scope &quot;%2&quot; (field scope) is neither household nor member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: the eligibility rule (field eligibility) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: the confidence &quot;%2&quot; (field ruleConfidence) is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1 needs field %2 in Chinese and English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1 lists no documents to bring (field documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: every entry of field documents needs Chinese and English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: every entry of field manualChecks needs Chinese and English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1 names no sources (field sources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: the period &quot;%2&quot; (field amount.period) is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1 needs field amount.note in Chinese and English (how the amount is worked out, or why it cannot be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: field amount.formula must be null when the period is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: field parameters lists &quot;%2&quot;, which the catalogue does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: field sources lists %2, which is not in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Policy %1: field %2 gives the operation &quot;%3&quot; %n argument(s); it needs at least %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Policy %1: field %2 gives the operation &quot;%3&quot; %n argument(s); it takes exactly %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Policy %1: field %2 gives the operation &quot;%3&quot; %n argument(s); it takes %4 to %5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Policy %1: field %2 uses the operation &quot;%3&quot;, which is not JsonLogic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: field %2 names a variable with a computed expression; write the fact path as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: field %2 uses the parameter &quot;%3&quot;, which the catalogue does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: field %2 uses the parameter &quot;%3&quot; but field parameters does not list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: field %2 uses the fact &quot;%3&quot;, which is not in the fact dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: field %2 uses the member fact &quot;%3&quot;, but the policy has household scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueCheck</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parameters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: catalogue %2 is valid (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: catalogue %2 has %n problem(s) (%3, %4).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the household: its id, an id prefix or a member&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: no household matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a date as YYYY-MM-DD, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jiuzhu-cli [--db FILE] [--json] [--lang zh|en] COMMAND

Commands:
  households add FILE.json        record a household (docs/formats/household.md)
  households show ID              show one household
  households list [--search TEXT] list households, by name, ID number or address
  assess ID                       assess hardship and keep the result
  match ID [--as-of YYYY-MM-DD]   match against the policy catalogue
  plan draft ID                   draft the plan from the matches
  plan print ID --pdf FILE        print the plan for the family as PDF
  visits add ID --at DATETIME --kind home|phone|office [--participants TEXT]
             [--findings TEXT] [--next-steps TEXT] [--next-visit YYYY-MM-DD]
  visits list ID                  list visits, newest first
  policies list                   list the catalogue
  policies search TEXT            search the catalogue
  policies show CODE              show one policy
  rules test FILE                 run a JsonLogic test suite file

ID is a household id (or its first 8 characters) or a member&apos;s ID number.
Exit codes: 0 success, 1 usage error, 2 invalid input, 3 failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households add needs one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE: %1 is not a JSON object: %2 (offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1 %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Receives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for households list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue %1, effective %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies search needs the text to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n polic(ies) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CODE: no policy with code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[to be verified]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to bring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station set-name needs the station&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules test needs one suite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship level %1 (%2), score %L3 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 points</source>
        <comment>12.5 points</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching as of %1 (catalogue %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts to collect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for plan draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan version %1, stage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for plan print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan print needs --pdf FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan printed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: expected a date and time such as 2026-12-04T10:30 or 2026-12-04T10:30+08:00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for visits add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: expected home, phone or office, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[stale] </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionLog</name>
    <message>
        <source>The household was changed (version %1, now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy catalogue was updated (%1, now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is no longer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s conditions changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>File errors</name>
    <message>
        <source>%1: %2 entry %3 is incomplete or malformed.</source>
        <comment>e.g. :/areas/shanghai.json: streets entry 4 is ...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the area code %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the area list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid area list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unsupported format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the retired district %2 names no current district as its successor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household without a head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <comment>living area, e.g. 18.5 m²</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial assets %1 yuan</source>
        <comment>e.g. financial assets 2,300 yuan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <comment>e.g. Members (3)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disability, grade %2</source>
        <comment>e.g. Physical disability, grade 2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan/month</source>
        <comment>income, e.g. 1,200 yuan/month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet. Use Assess to grade the household&apos;s hardship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 of 100, assessed %2</source>
        <comment>score 72.5 of 100, assessed 2026-03-01</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>points of a dimension out of its weight, e.g. 12.0 / 20</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies as of %1</source>
        <comment>e.g. Policies as of 2026-03-01</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>the members it applies to, e.g. for 林晓</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To collect: %1</source>
        <comment>facts to collect, e.g. To collect: living area</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street / town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood &amp;committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing and assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living &amp;area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Financial assets (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Homes owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of Shanghai &amp;hukou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a &amp;supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden &amp;hardship in recent months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessary spending, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other necessary (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits already received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Search by name, ID number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::DateDelegate</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::HouseholdDialog</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No streets listed for this district yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household of %1</source>
        <comment>window title, e.g. Household of 林晓</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <comment>tab title with the member count, e.g. Members (3)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this member from the household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit %1: %2</source>
        <comment>row number, then the problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the living area in square metres, for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving? What you entered is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before the household can be saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiuzhu::HouseholdPicker</name>
    <message>
        <source>Choose a household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no head of household)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>head name · masked ID number, e.g. 小林 · 310105********0027</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::HouseholdTableModel</name>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <comment>hardship level, e.g. Level 3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street / town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::HouseholdsPage</name>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No households yet. Use New household to record the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a household to see its members, assessment and policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the household of %1 with its %n member(s)? It disappears from every list; its history stays in the store.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household could not be assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::MainWindow</name>
    <message>
        <source>Jiuzhu — community assistance advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: %1 · store: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::MemberForm</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income %1: %2</source>
        <comment>row number, then the problem</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PlanActionsModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PlanPrintPreview</name>
    <message>
        <source>Assistance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: assistance plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PlanRepository</name>
    <message>
        <source>Every action needs a title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PlansPage</name>
    <message>
        <source>Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an application for every policy the household is or may be eligible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of this household has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <comment>version number · saved at, e.g. Version 3 · 2026/5/12 14:05</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <comment>version number · saved at · saved by, e.g. Version 3 · 2026/5/12 14:05 · 王</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved %2 (Shanghai time). Stage: %3. Advisor: %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be drafted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) added from the policy matches.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The plan already covers every policy the household matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan-%1.pdf</source>
        <comment>file name, e.g. plan-2026-05-12.pdf</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PoliciesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, keyword or pinyin, e.g. 低保 or dibao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a policy to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · policy code %2</source>
        <comment>category · code, e.g. Medical · dibao</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[to be verified]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is not confirmed from an official text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount is estimated for this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule reads no household facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule reads these facts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value has been found for this parameter yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>no end date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>source id: title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <comment>money, e.g. 1,650 yuan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage, e.g. 50 %</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <comment>area, e.g. 7 m²</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>duration, e.g. 3 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed from an official text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a secondary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::PolicyTableModel</name>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::VisitDialog</name>
    <message>
        <source>Add visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time (Shanghai):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part, e.g. the advisor, the resident, a neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;visit on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::VisitRepository</name>
    <message>
        <source>The visit has no household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and time of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of contact: home visit, phone call or office meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next visit cannot be before this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiuzhu::VisitsPage</name>
    <message>
        <source>Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households whose next visit date has passed. Click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a household to see its visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visit to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>visit kind · date and time, e.g. Home visit · ...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>head name · masked ID number, e.g. 小林 · 310105********0027</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
visit due %2, %n day(s) overdue</source>
        <comment>household, due date</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Already receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly eligible (facts missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 yuan a month</source>
        <comment>about 1,650 yuan a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 yuan a year</source>
        <comment>about 90,000 yuan a year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 yuan</source>
        <comment>about 2,000 yuan once</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation to head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hu&amp;kou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;ucation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as having difficulty finding work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health &amp;conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability &amp;grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own-paid &amp;medical costs, last 12 months (yuan)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understand the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect %1, then apply for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure the assistance the household is entitled to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit: check applications and how the household is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay with the household until it stands on its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>Basic living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty from necessary spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Unknown JsonLogic operator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the folder for the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch on foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the meta table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was written by a newer version of Jiuzhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a schema migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Not an amount: %1</source>
        <comment>Shown under a money field, e.g. Not an amount: 12a</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most two decimals (fen): %1</source>
        <comment>e.g. At most two decimals (fen): 1.234</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount too large: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an amount in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the disability grade (1 to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disability grade needs a disability type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the street or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same ID number is entered twice in this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark one member as head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one member can be head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID number gives the birth date %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID number gives the birth date %1, before 1880.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID number gives the birth date %1, which is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the resident ID number is “%2”; only digits are allowed there.</source>
        <comment>e.g. Character 7 of the resident ID number is “A”; ...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the resident ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A resident ID number has 18 characters (15 digits if it is an old one); this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The last character of the resident ID number should be %1 for the digits before it, not %2. Check the number for a typing mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex entered is female, but the resident ID number is a man&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex entered is male, but the resident ID number is a woman&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the birth date %1 nor the sex entered matches the resident ID number, which is a man&apos;s, born %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the birth date %1 nor the sex entered matches the resident ID number, which is a woman&apos;s, born %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not match the resident ID number, which gives %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is already recorded in another household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai hukou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior secondary or vocational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College or university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child, not at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business or farming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance from relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent or interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-rent housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living with relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stable housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brain or pituitary tumour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uraemia (dialysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced kidney function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious heart disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke after-effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leukaemia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe mental illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe insomnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dementia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic lung disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arthritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jiuzhu cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
