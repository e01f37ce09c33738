using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Clusters;

/// <summary>A cluster (cụm thi đua) groups peer units; a bloc (khối thi đua) groups units of one kind of work.</summary>
public enum ClusterLevel
{
    Cluster = 0,
    Bloc = 1,
}

/// <summary>A member's role in a cluster for one year: the head (trưởng cụm) is elected for the year, a deputy helps.</summary>
public enum ClusterRole
{
    Head = 0,
    Deputy = 1,
    Member = 2,
}

/// <summary>
/// An emulation cluster of peer units under a managing unit (DOMAIN-AWARDS.md). Membership and roles are per year,
/// so last year's head stays on record when this year's is elected.
/// </summary>
public class EmulationCluster : IVersioned
{
    public const int NameMaxLength = 300;

    private EmulationCluster()
    {
    }

    public EmulationCluster(string name, ClusterLevel level, int managingUnitId)
    {
        Name = UserText.Normalize(name);
        if (Name.Length is 0 or > NameMaxLength)
        {
            throw new DomainRuleException("cluster.name.invalid", "A cluster needs a name of at most 300 characters.");
        }

        SearchName = SearchText.Fold(Name);
        Level = level;
        ManagingUnitId = managingUnitId;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string SearchName { get; private set; } = string.Empty;
    public ClusterLevel Level { get; private set; }
    public int ManagingUnitId { get; private set; }
    public List<ClusterMembership> Memberships { get; private set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public IReadOnlyList<ClusterMembership> MembersIn(int year) => Memberships.Where(m => m.Year == year).OrderBy(m => m.Role).ThenBy(m => m.OrgUnitId).ToList();

    public ClusterRole? RoleOf(int unitId, int year) => Memberships.SingleOrDefault(m => m.Year == year && m.OrgUnitId == unitId)?.Role;

    public bool IsMember(int unitId, int year) => RoleOf(unitId, year) is not null;

    /// <summary>Adds a unit for the year or changes its role; electing a new head (or deputy) makes the previous one a member.</summary>
    public void SetMember(int year, int unitId, ClusterRole role)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainRuleException("cluster.year.invalid", "The year is out of range.");
        }

        if (role != ClusterRole.Member)
        {
            Memberships.Where(m => m.Year == year && m.Role == role && m.OrgUnitId != unitId).ToList().ForEach(m => m.Role = ClusterRole.Member);
        }

        var membership = Memberships.SingleOrDefault(m => m.Year == year && m.OrgUnitId == unitId);
        if (membership is null)
        {
            Memberships.Add(new ClusterMembership(year, unitId, role));
        }
        else
        {
            membership.Role = role;
        }
    }
}

/// <summary>A unit's place in a cluster for one year.</summary>
public class ClusterMembership
{
    private ClusterMembership()
    {
    }

    internal ClusterMembership(int year, int orgUnitId, ClusterRole role)
    {
        Year = year;
        OrgUnitId = orgUnitId;
        Role = role;
    }

    public int Id { get; private set; }
    public int ClusterId { get; private set; }
    public int Year { get; private set; }
    public int OrgUnitId { get; private set; }
    public ClusterRole Role { get; internal set; }
}
