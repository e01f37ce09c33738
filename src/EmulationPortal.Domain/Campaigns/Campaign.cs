using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Campaigns;

/// <summary>An emulation drive (đợt thi đua): what it asks for, who takes part, and where it is in its life.</summary>
public class Campaign : IVersioned
{
    private readonly List<Criterion> _criteria = [];
    private readonly List<CampaignUnit> _units = [];

    private Campaign()
    {
    }

    public Campaign(string title, CampaignKind kind, int ownerUnitId, CampaignPeriod period)
    {
        Retitle(title);
        Kind = kind;
        OwnerUnitId = ownerUnitId;
        Reschedule(period);
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public string? Theme { get; set; }
    public string? Occasion { get; set; }
    public string? Description { get; set; }
    public CampaignKind Kind { get; private set; }
    public int OwnerUnitId { get; private set; }
    public int? ParentCampaignId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public DateOnly PledgeDeadline { get; private set; }
    public DateOnly? LaunchDeadline { get; private set; }
    public CampaignStatus Status { get; private set; }
    public bool PledgesRequired { get; set; } = true;
    public bool LeaderAcceptanceRequired { get; set; } = true;
    public DateTime? OpenedAtUtc { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public IReadOnlyList<Criterion> Criteria => _criteria;
    public IReadOnlyList<CampaignUnit> Units => _units;

    public CampaignPeriod Period => new(StartDate, EndDate, PledgeDeadline, LaunchDeadline);

    public void Retitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("campaign.title.required", "A drive needs a title.");
        }

        Title = SearchText.Normalize(title);
    }

    public void Reschedule(CampaignPeriod period)
    {
        StartDate = period.Start;
        EndDate = period.End;
        PledgeDeadline = period.PledgeDeadline;
        LaunchDeadline = period.LaunchDeadline;
    }

    public Criterion AddCriterion(string name, string? description, Measure measure, string? unitOfMeasure, Direction direction, double weight)
    {
        EnsureDraft("campaign.criteria.locked", "Criteria cannot be added once the drive is open.");
        var criterion = new Criterion(name, description, measure, unitOfMeasure, direction, weight, _criteria.Count + 1);
        _criteria.Add(criterion);
        return criterion;
    }

    public void AddParticipatingUnit(int orgUnitId)
    {
        if (_units.All(u => u.OrgUnitId != orgUnitId))
        {
            _units.Add(new CampaignUnit(orgUnitId));
        }
    }

    /// <summary>A sub-unit launches its own drive under this one; the first launch is the one on record.</summary>
    public void RecordLaunch(int orgUnitId, DateTime launchedAtUtc)
    {
        var unit = _units.SingleOrDefault(u => u.OrgUnitId == orgUnitId)
            ?? throw new DomainRuleException("campaign.launch.notParticipating", "The unit does not take part in this drive.");
        unit.MarkLaunched(launchedAtUtc);
    }

    public void Open(DateTime nowUtc)
    {
        EnsureDraft("campaign.open.notDraft", "Only a draft drive can be opened.");
        if (_criteria.Count == 0)
        {
            throw new DomainRuleException("campaign.open.noCriteria", "A drive needs at least one criterion before it opens.");
        }

        Status = CampaignStatus.Open;
        OpenedAtUtc = nowUtc;
    }

    public void Close() => Move(CampaignStatus.Open, CampaignStatus.Closed);

    public void Archive() => Move(CampaignStatus.Closed, CampaignStatus.Archived);

    /// <summary>Pledges are accepted while the drive is open and its pledge deadline has not passed.</summary>
    public bool AcceptsPledges(DateOnly today) => Status == CampaignStatus.Open && today <= PledgeDeadline;

    /// <summary>Progress can be reported while the drive is open.</summary>
    public bool AcceptsProgress => Status == CampaignStatus.Open;

    private void Move(CampaignStatus from, CampaignStatus to)
    {
        if (Status != from)
        {
            throw new DomainRuleException("campaign.status.invalidTransition", $"A drive cannot move from {Status} to {to}.");
        }

        Status = to;
    }

    private void EnsureDraft(string code, string message)
    {
        if (Status != CampaignStatus.Draft)
        {
            throw new DomainRuleException(code, message);
        }
    }
}
