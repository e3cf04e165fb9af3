namespace PlanSdk.Robustness.Tests.Support;

/// <summary>Pieces of text that mutations inject: what the engine reads, what it must survive, and what generated C# must escape.</summary>
internal static class Snippets
{
    /// <summary>Numbering markers of every style the engine knows, and broken ones.</summary>
    public static readonly string[] Markers =
    {
        "一、", "二、", "十、", "九十九、", "(一)", "（二）", "(二十)", "（一百）", "1.", "2、", "3．", "10.", "99999.", "0.", "(1)", "（2）",
        "(99)", "①", "②", "⑳", "一是", "二是", "十是", "第一部分", "第二部分", "第十章", "第一节", "一、二、三、", "1.2.3.", "(一)(二)(三)",
        "(", ")", "（", "）", "、", "。一、", ";1.", ",(一)", "\n一、", "\n(一)", "\n1.", "\n①", "\n一是",
    };

    /// <summary>Units, classifiers, comparison and role words.</summary>
    public static readonly string[] Words =
    {
        "%", "‰", "/10万", "万人次", "个", "家", "名", "项", "亿元", "万元", "岁", "天", "期", "人次", "间", "张", "年底前", "年内", "以上",
        "及以上", "以下", "以内", "左右", "不低于", "不少于", "至少", "≥", "≤", "不超过", "约", "近", "余", "多", "截至", "累计", "已",
        "牵头", "参与落实", "配合", "分别牵头", "牵头单位:", "委办公室牵头", "(委办公室牵头,市爱卫办参与落实)", "委", "等", "达", "提高到",
        "控制在", "全人群签约率达", "婴儿死亡率", "总结", "工作计划", "下半年工作打算", "标题:", "发布日期:", "索引号", "附件", "联系电话",
        "《", "》", "“", "”", "\"", "'", "〔2015〕37号", "2020年", "12月", "第三批", "H7N9", "1+X",
    };

    /// <summary>Numbers: huge, tiny, malformed, ranges, CJK.</summary>
    public static readonly string[] Numbers =
    {
        "99999999999999999999亿", "79228162514264337593543950335", "79228162514264337593543950336个", "0.0000000000000000000000000001%",
        "99999999999999999999999999999999亿元", "1e308", "-5个", "1,000,000人", "1.5万-2.5万人次", "5-3个", "3至1家", "100.5.3%", "847.34.65/10万",
        "9999999999%", "三千万亿", "九千九百九十九万亿亿", "两", "十五", "三十七", "零点五", "百分之百", "0%", "000000000001个", "1..2个", "1—2—3家",
        "１２３４５", "６１％以上", "12.", ".5个", "5.个", "½", "²", "٣", "𝟙𝟚", "Ⅻ",
    };

    /// <summary>Characters and strings that C# literals, XML docs, identifiers and the compiler care about.</summary>
    public static readonly string[] Specials =
    {
        "\0", "\uFEFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "\uDE00", "😀", "𠀀", "\r\n", "\r", "\n\n\n", "\u2028", "\u2029", "\u0085",
        "\u000B", "\u000C", "\u0007", "\u001B", "\u007F", "\u200B", "\u200C", "\u200D", "\u202E", "\u2066", "\u0301", "\u00AD", "\t", "\\", "\\u0041",
        "\"", "\"\"\"", "{", "}", "{{", "<", ">", "&", "&amp;", "<summary>", "]]>", "*/", "/*", "//", "///", "#if X", "#region", "@", "$\"{x}\"",
        "class", "namespace", "null", "__arglist", "global::", "\uFFFD", "\uFFFE", "\uFFFF", "\u3000", "\u00A0", " ", "\u0000\u0000",
    };

    /// <summary>Every injectable piece.</summary>
    public static readonly string[][] Pools = { Markers, Words, Numbers, Specials };

    /// <summary>Plan file names (ids): the generator makes a class name of each.</summary>
    public static readonly string[] FileNames =
    {
        "Zibo2024", "Plan2024", "中文计划", "计划_2", "class", "namespace", "int", "2024Zibo", "2024", "_", "__", "a b", "名-称", "x.y", "plan", "zibo",
        "record", "var", "file", "required", "scoped", "dynamic", "value", "async", "nameof", "Data", "Units", "Plan", "Root", "PlanCatalog", "Task1",
        "Section1", "Item1", "Part1", "N0", "U0", "Equals", "ToString", "GetHashCode", "System", "Plans", "PlanSdk", "global", "Zibo-2024", "Zibo_2024",
        "😀", "é", "e\u0301", "Ⅻ", "A\u200B", "A", "ZIBO2024", "zibo2024", "Zibo2024_2", "__arglist", "__makeref",
    };
}
