namespace PlanSdk.Extraction.Naming;

/// <summary>
/// The head noun of an indicator phrase, the part that says what is measured: after a modifier's
/// <c>的</c> (<c>一体化管理的村卫生室产权公有化率</c> → <c>村卫生室产权公有化率</c>), cut where a verb follows
/// the noun (<c>重点海岛基层医疗机构可提供住院服务</c> → <c>重点海岛基层医疗机构</c>, <c>经费专门用于…</c> → <c>经费</c>).
/// </summary>
public static class IndicatorHead
{
    /// <summary>Verbs and adverbs at which the noun of an indicator ends (<c>…机构可提供…</c>, <c>经费专门用于…</c>).</summary>
    private static readonly Text.WordList NounEnds = new(
        "可", "能", "开展", "实现", "达到", "专门", "全部", "进驻", "建成", "新增", "切实", "用于", "享受", "提供", "增设", "开设",
        "改善", "融入", "全面", "争创", "完成", "通过", "纳入", "落实", "推进", "覆盖", "参加", "接受", "获得", "享受到", "赴", "到");

    /// <summary>The head of an indicator phrase.</summary>
    /// <param name="indicator">The phrase as the engine read it.</param>
    /// <returns>Its head noun (the phrase itself when nothing cuts it).</returns>
    public static string Of(string indicator)
    {
        var phrase = indicator;
        var de = phrase.LastIndexOf('的');
        if (de >= 0 && phrase.Length - de - 1 >= 2)
        {
            phrase = phrase.Substring(de + 1);
        }

        for (var i = 2; i < phrase.Length; i++)
        {
            if (NounEnds.MatchAt(phrase, i) is not null)
            {
                return phrase.Substring(0, i);
            }
        }

        return phrase;
    }
}
