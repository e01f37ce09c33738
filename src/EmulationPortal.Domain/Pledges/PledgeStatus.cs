namespace EmulationPortal.Domain.Pledges;

public enum PledgeStatus
{
    Draft = 0,
    Submitted = 1,
    Accepted = 2,
    Returned = 3,
    Withdrawn = 4,
}
