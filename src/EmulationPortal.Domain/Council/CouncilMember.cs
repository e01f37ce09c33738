using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Council;

/// <summary>A seat on the emulation and commendation council (Hội đồng Thi đua – Khen thưởng) of a unit.</summary>
public enum CouncilRole
{
    Chair = 0,
    ViceChair = 1,
    Member = 2,
    Secretary = 3,
}

/// <summary>
/// A portal user sitting on a unit's council for a term. The total membership of a session is everyone whose term
/// covers its day; thresholds are counted against it, not against those present (DOMAIN-AWARDS.md).
/// </summary>
public class CouncilMember : IVersioned
{
    private CouncilMember()
    {
    }

    public CouncilMember(int orgUnitId, string userId, CouncilRole role, DateOnly termFrom, DateOnly termTo)
    {
        OrgUnitId = orgUnitId;
        UserId = userId;
        Change(role, termFrom, termTo);
    }

    public int Id { get; private set; }
    public int OrgUnitId { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public CouncilRole Role { get; private set; }
    public DateOnly TermFrom { get; private set; }
    public DateOnly TermTo { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public void Change(CouncilRole role, DateOnly termFrom, DateOnly termTo)
    {
        if (termTo < termFrom)
        {
            throw new DomainRuleException("council.term.invalid", "A term ends on or after the day it starts.");
        }

        Role = role;
        TermFrom = termFrom;
        TermTo = termTo;
    }

    public bool ServesOn(DateOnly day) => TermFrom <= day && day <= TermTo;
}
