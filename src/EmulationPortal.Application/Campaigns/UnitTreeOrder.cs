namespace EmulationPortal.Application.Campaigns;

/// <summary>A unit placed in its tree: the order a person reads the organisation chart in, and how deep it sits.</summary>
public sealed record TreeUnit(int Id, string Code, string Name, int? ParentId, int Depth);

internal static class UnitTreeOrder
{
    public sealed record Node(int Id, string Code, string Name, int? ParentId);

    /// <summary>Depth first, siblings by code; a node whose parent is not among <paramref name="units"/> is a root.</summary>
    public static IReadOnlyList<TreeUnit> Order(IReadOnlyCollection<Node> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.Where(u => u.ParentId is { } p && ids.Contains(p)).ToLookup(u => u.ParentId!.Value);
        var ordered = new List<TreeUnit>(units.Count);

        void Visit(Node unit, int depth)
        {
            ordered.Add(new TreeUnit(unit.Id, unit.Code, unit.Name, unit.ParentId, depth));
            foreach (var child in children[unit.Id].OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in units.Where(u => u.ParentId is not { } p || !ids.Contains(p)).OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            Visit(root, 0);
        }

        return ordered;
    }
}
