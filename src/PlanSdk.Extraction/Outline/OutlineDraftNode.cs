namespace PlanSdk.Extraction.Outline;

/// <summary>A numbered node as the <see cref="OutlineBuilder"/> finds it, in logical-text positions.</summary>
internal sealed class OutlineDraftNode
{
    public OutlineDraftNode(MarkerToken marker, int level, string path, OutlineDraftNode? parent)
    {
        Marker = marker;
        Level = level;
        Path = path;
        Parent = parent;
    }

    public MarkerToken Marker { get; }

    public int Level { get; }

    /// <summary>The path of numbers from the outermost level (<c>2/3/1</c>); <c>""</c> for the root.</summary>
    public string Path { get; }

    /// <summary>The enclosing node; null for the root.</summary>
    public OutlineDraftNode? Parent { get; }

    /// <summary>The number of the last child node accepted under this one (0 when none).</summary>
    public int LastChildNumber { get; set; }

    public bool HasChildren { get; set; }

    /// <summary>Where the node's own text ends: at the next node's marker.</summary>
    public int OwnEnd { get; set; }

    /// <summary>Where the heading title ends.</summary>
    public int TitleEnd { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>The quantity mentions in the node's own text, in document order.</summary>
    public System.Collections.Generic.List<QuantityMention> Mentions { get; } = new();

    /// <summary>Whether the node's part reports the past (a summary), once known.</summary>
    public bool? SummaryScope { get; set; }
}
