namespace EmulationPortal.Domain.Initiatives;

/// <summary>
/// A seat on a unit's initiative council (Hội đồng sáng kiến). An initiative is judged by the council of the nearest
/// unit, its own or above, that has one; a member who is one of its authors does not sit on its evaluation.
/// </summary>
public class InitiativeCouncilMember
{
    private InitiativeCouncilMember()
    {
    }

    public InitiativeCouncilMember(int orgUnitId, string userId, DateTime seatedAtUtc)
    {
        OrgUnitId = orgUnitId;
        UserId = userId;
        SeatedAtUtc = seatedAtUtc;
    }

    public int Id { get; private set; }
    public int OrgUnitId { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public DateTime SeatedAtUtc { get; private set; }
}
