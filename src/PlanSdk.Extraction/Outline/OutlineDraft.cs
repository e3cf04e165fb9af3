using System.Collections.Generic;

namespace PlanSdk.Extraction.Outline;

/// <summary>The outline found in a logical text: the root and the numbered nodes in document order.</summary>
internal sealed class OutlineDraft
{
    public OutlineDraft(OutlineDraftNode root, IReadOnlyList<OutlineDraftNode> nodes, int maxLevel)
    {
        Root = root;
        Nodes = nodes;
        MaxLevel = maxLevel;
    }

    public OutlineDraftNode Root { get; }

    public IReadOnlyList<OutlineDraftNode> Nodes { get; }

    /// <summary>The innermost numbered level used (0 when there are no nodes).</summary>
    public int MaxLevel { get; }

    /// <summary>The node whose own text holds logical position <paramref name="index"/>.</summary>
    public OutlineDraftNode NodeAt(int index)
    {
        var low = 0;
        var high = Nodes.Count - 1;
        var found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (Nodes[mid].Marker.Start <= index)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found < 0 ? Root : Nodes[found];
    }
}
