using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Campaigns;

/// <summary>
/// The dates of a drive: its period (one day at the least), the pledge deadline inside it, and the sub-units' launch
/// deadline, which may come up to a month before the start (units launch their own drive ahead of it) but not after the end.
/// The static rules are the only statement of these limits: the drive form's validator asks them too.
/// </summary>
public sealed record CampaignPeriod
{
    /// <summary>How long before the drive starts its sub-units may be asked to have launched theirs.</summary>
    public const int LaunchLeadDays = 31;

    public CampaignPeriod(DateOnly start, DateOnly end, DateOnly pledgeDeadline, DateOnly? launchDeadline)
    {
        if (!EndsOnOrAfterStart(start, end))
        {
            throw new DomainRuleException("campaign.period.endBeforeStart", "A drive must end after it starts.");
        }

        if (!PledgeDeadlineFits(start, end, pledgeDeadline))
        {
            throw new DomainRuleException("campaign.pledgeDeadline.outsidePeriod", "The pledge deadline must fall inside the period.");
        }

        if (launchDeadline is { } launch && !LaunchDeadlineFits(start, end, launch))
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

    /// <summary>A one-day drive (end on the start day) is a drive.</summary>
    public static bool EndsOnOrAfterStart(DateOnly start, DateOnly end) => end >= start;

    public static bool PledgeDeadlineFits(DateOnly start, DateOnly end, DateOnly day) => day >= start && day <= end;

    public static bool LaunchDeadlineFits(DateOnly start, DateOnly end, DateOnly day) => day >= start.AddDays(-LaunchLeadDays) && day <= end;

    public int DaysRemaining(DateOnly today) => today > End ? 0 : End.DayNumber - Math.Max(today.DayNumber, Start.DayNumber) + 1;
}
