using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Application.Pledges;

/// <summary>What the pledge form edits and <see cref="SavePledge"/> receives: one line per criterion of the drive.</summary>
public sealed class PledgeDraft
{
    public int CampaignId { get; set; }
    public bool Collective { get; set; }
    public PledgeIntent Intent { get; set; }

    /// <summary>The version the user loaded; null while the pledge does not exist yet.</summary>
    public Guid? Version { get; set; }

    public string ActionProgramme { get; set; } = string.Empty;
    public List<PledgeLine> Lines { get; set; } = [];
}

/// <summary>
/// One criterion of the pledge. <see cref="Included"/> is true once the user ticks the criterion as one they commit to
/// (none is ticked on a new pledge unless the drive requires it); a ticked line may wait for its <see cref="Value"/> until the pledge is submitted.
/// The display fields travel with the line so the form needs nothing else.
/// </summary>
public sealed class PledgeLine
{
    public int CriterionId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Description { get; set; }
    public Measure Measure { get; set; }
    public string? UnitOfMeasure { get; set; }
    public Direction Direction { get; set; }

    /// <summary>The unit's target on this criterion, shown next to a collective pledge's input.</summary>
    public double? Target { get; set; }

    /// <summary>The drive requires every pledge to commit to this criterion: the line is ticked and stays ticked.</summary>
    public bool Required { get; set; }

    public bool Included { get; set; }
    public double? Value { get; set; }

    /// <summary>The yes/no switch's view of <see cref="Value"/>.</summary>
    public bool Yes
    {
        get => Value == 1;
        set => Value = value ? 1 : 0;
    }
}

public enum PledgeIntent
{
    /// <summary>Keep it as a draft (also what autosave does).</summary>
    SaveDraft = 0,

    /// <summary>Send a draft, returned or withdrawn pledge to review.</summary>
    Submit = 1,

    /// <summary>Change a submitted or accepted pledge; it goes back to review.</summary>
    Amend = 2,
}
