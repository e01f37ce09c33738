using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Campaigns;

/// <summary>The dates of a drive: its period, the pledge deadline and the sub-units' launch deadline, all inside the period.</summary>
public sealed record CampaignPeriod
{
    public CampaignPeriod(DateOnly start, DateOnly end, DateOnly pledgeDeadline, DateOnly? launchDeadline)
    {
        if (end < start)
        {
            throw new DomainRuleException("campaign.period.endBeforeStart", "A drive must end after it starts.");
        }

        if (pledgeDeadline < start || pledgeDeadline > end)
        {
            throw new DomainRuleException("campaign.pledgeDeadline.outsidePeriod", "The pledge deadline must fall inside the period.");
        }

        if (launchDeadline is { } launch && (launch < start.AddDays(-31) || launch > end))
        {
            throw new DomainRuleException("campaign.launchDeadline.outsidePeriod", "The launch deadline must fall before the end of the period.");
        }

        Start = start;
        End = end;
        PledgeDeadline = pledgeDeadline;
        LaunchDeadline = launchDeadline;
    }

    public DateOnly Start { get; }
    public DateOnly End { get; }
    public DateOnly PledgeDeadline { get; }
    public DateOnly? LaunchDeadline { get; }

    public int DaysRemaining(DateOnly today) => today > End ? 0 : End.DayNumber - Math.Max(today.DayNumber, Start.DayNumber) + 1;
}
