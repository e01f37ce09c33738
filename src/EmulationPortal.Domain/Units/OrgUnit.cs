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
        Code = code.Trim().ToUpperInvariant();
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
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException("unit.name.required", "A unit needs a name.");
        }

        Name = SearchText.Normalize(name);
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

    /// <summary>Units with history are never deleted, only deactivated.</summary>
    public void Deactivate() => IsActive = false;
}
