using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Units;

/// <summary>A node of the organisation tree (general department → factory → workshop/department → team).</summary>
public class OrgUnit : IVersioned
{
    private OrgUnit()
    {
    }

    public OrgUnit(string code, string name, OrgUnitKind kind, OrgUnit? parent = null, int headcount = 0)
    {
        if (parent is { IsActive: false })
        {
            throw InactiveParent();
        }

        Code = UserText.Normalize(code).ToUpperInvariant();
        Kind = kind;
        Parent = parent;
        ParentId = parent?.Id;
        Rename(name);
        SetHeadcount(headcount);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public string SearchName { get; private set; } = string.Empty;
    public OrgUnitKind Kind { get; private set; }
    public int? ParentId { get; private set; }
    public OrgUnit? Parent { get; private set; }
    public int Headcount { get; private set; }
    public bool IsActive { get; private set; } = true;
    public Guid Version { get; set; } = Guid.NewGuid();

    public void Rename(string name)
    {
        var text = UserText.Normalize(name);
        if (text.Length == 0)
        {
            throw new DomainRuleException("unit.name.required", "A unit needs a name.");
        }

        Name = text;
        SearchName = SearchText.Fold(Name);
    }

    public void SetHeadcount(int headcount)
    {
        if (headcount < 0)
        {
            throw new DomainRuleException("unit.headcount.negative", "Headcount cannot be negative.");
        }

        Headcount = headcount;
    }

    /// <summary>Moves the unit (and its subtree) under another active unit; a unit cannot go under itself or its own subtree.</summary>
    /// <remarks>Walks <paramref name="parent"/>'s <see cref="Parent"/> chain, so the caller loads the ancestors.</remarks>
    public void MoveTo(OrgUnit parent)
    {
        if (ParentId is null)
        {
            throw new DomainRuleException("unit.move.root", "The root of the tree cannot be moved.");
        }

        if (!parent.IsActive)
        {
            throw InactiveParent();
        }

        for (var ancestor = parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ReferenceEquals(ancestor, this) || (Id != 0 && ancestor.Id == Id))
            {
                throw new DomainRuleException("unit.move.cycle", "A unit cannot be moved under itself or one of its own sub-units.");
            }
        }

        Parent = parent;
        ParentId = parent.Id;
    }

    /// <summary>Units with history are never deleted, only deactivated; sub-units must be deactivated first.</summary>
    public void Deactivate(IEnumerable<OrgUnit> children)
    {
        if (children.Any(c => c.IsActive))
        {
            throw new DomainRuleException("unit.deactivate.active-children", "Deactivate the unit's active sub-units first.");
        }

        IsActive = false;
    }

    public void Reactivate()
    {
        if (Parent is { IsActive: false })
        {
            throw InactiveParent();
        }

        IsActive = true;
    }

    private static DomainRuleException InactiveParent() =>
        new("unit.parent.inactive", "A unit can only be placed under an active unit.");
}
