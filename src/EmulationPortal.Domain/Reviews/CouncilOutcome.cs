namespace EmulationPortal.Domain.Reviews;

/// <summary>What the council made of an accepted nomination; a decision lists only the approved ones.</summary>
public enum CouncilOutcome
{
    /// <summary>Not yet voted on.</summary>
    Pending = 0,
    Approved = 1,
    Rejected = 2,

    /// <summary>Two ballot rounds left it undecided (or an over-quota tie remained); the competent person decides (DOMAIN-AWARDS.md).</summary>
    LeftToCompetentPerson = 3,
}
