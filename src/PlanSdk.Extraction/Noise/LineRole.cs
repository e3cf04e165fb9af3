namespace PlanSdk.Extraction.Noise;

/// <summary>What a line of the document is, before any plan reading.</summary>
internal enum LineRole
{
    /// <summary>Plan text.</summary>
    Content,

    /// <summary>Nothing but spaces.</summary>
    Blank,

    /// <summary>Web page chrome or publication metadata (<c>索引号</c>, <c>发布日期</c>, breadcrumbs, a date line).</summary>
    Chrome,

    /// <summary>A copyright, contact or aggregator trailer (<c>版权声明</c>, <c>联系电话</c>, <c>本网站…</c>).</summary>
    Trailer,
}
