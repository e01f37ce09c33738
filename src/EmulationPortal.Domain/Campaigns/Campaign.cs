using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Campaigns;

/// <summary>An emulation drive (đợt thi đua): what it asks for, who takes part, and where it is in its life.</summary>
public class Campaign : IVersioned
{
    private readonly List<Criterion> _criteria = [];
    private readonly List<CampaignUnit> _units = [];
    private readonly List<CriterionRevision> _revisions = [];

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
    public IReadOnlyList<CriterionRevision> Revisions => _revisions;

    public CampaignPeriod Period => new(StartDate, EndDate, PledgeDeadline, LaunchDeadline);

    public void Retitle(string title)
    {
        var text = UserText.Normalize(title);
        if (text.Length == 0)
        {
            throw new DomainRuleException("campaign.title.required", "A drive needs a title.");
        }

        Title = text;
    }

    public void Reschedule(CampaignPeriod period)
    {
        StartDate = period.Start;
        EndDate = period.End;
        PledgeDeadline = period.PledgeDeadline;
        LaunchDeadline = period.LaunchDeadline;
    }

    /// <summary>Changes what the drive is about and when it runs; a closed or archived drive is a record and stays as it was.</summary>
    public void Describe(string title, CampaignKind kind, int ownerUnitId, CampaignPeriod period)
    {
        EnsureEditable();
        Retitle(title);
        Kind = kind;
        OwnerUnitId = ownerUnitId;
        Reschedule(period);
    }

    /// <summary>
    /// Sets the criteria, in order, while the drive is a draft: missing ones go, known ones change, new ones come.
    /// Once open, the criteria may only change through <see cref="ReviseCriterion"/>, which leaves a record.
    /// </summary>
    public IReadOnlyList<Criterion> DefineCriteria(IReadOnlyList<CriterionDefinition> definitions)
    {
        if (Status != CampaignStatus.Draft)
        {
            var unchanged = definitions.Count == _criteria.Count
                && definitions.Zip(_criteria.OrderBy(c => c.SortOrder)).All(pair => pair.First.Id == pair.Second.Id && !pair.Second.Differs(pair.First));
            if (!unchanged)
            {
                throw new DomainRuleException("campaign.criteria.locked", "An open drive's criteria change only through a recorded revision.");
            }

            return [];
        }

        var removed = _criteria.Where(c => definitions.All(d => d.Id != c.Id)).ToList();
        foreach (var criterion in removed)
        {
            _criteria.Remove(criterion);
        }

        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (definition.Id is { } id)
            {
                var criterion = _criteria.SingleOrDefault(c => c.Id == id)
                    ?? throw new DomainRuleException("criterion.notFound", "The criterion is not part of this drive.");
                criterion.ChangeMeasure(definition.Measure);
                criterion.Require(definition.Required);
                criterion.Redefine(definition.Name, definition.Description, definition.UnitOfMeasure, definition.Direction, definition.Weight);
                criterion.MoveTo(i + 1);
            }
            else
            {
                _criteria.Add(new Criterion(definition.Name, definition.Description, definition.Measure, definition.UnitOfMeasure, definition.Direction, definition.Weight, i + 1, definition.Required));
            }
        }

        return removed;
    }

    /// <summary>
    /// Changes a criterion of an open drive, on the record: the reason, who and when, and the values before and after.
    /// The measure cannot change, because the targets and pledges already given are numbers in that measure.
    /// </summary>
    public CriterionRevision ReviseCriterion(int criterionId, CriterionDefinition revised, string reason, string revisedByUserId, DateTime nowUtc)
    {
        if (Status != CampaignStatus.Open)
        {
            throw new DomainRuleException("criterion.revision.notOpen", "Only an open drive's criteria are revised; a draft's are simply edited.");
        }

        var criterion = _criteria.SingleOrDefault(c => c.Id == criterionId)
            ?? throw new DomainRuleException("criterion.notFound", "The criterion is not part of this drive.");
        if (revised.Measure != criterion.Measure)
        {
            throw new DomainRuleException("criterion.revision.measure", "The measure of an open drive's criterion cannot change.");
        }

        if (!criterion.Differs(revised))
        {
            throw new DomainRuleException("criterion.revision.noChange", "The revision changes nothing.");
        }

        var revision = new CriterionRevision(criterion, revised, reason, revisedByUserId, nowUtc);
        criterion.Redefine(revised.Name, revised.Description, revised.UnitOfMeasure, revised.Direction, revised.Weight);
        _revisions.Add(revision);
        return revision;
    }

    /// <summary>
    /// Sets who takes part. A unit leaves only while the drive is a draft: once open, its launch and pledges are on record.
    /// </summary>
    public void SetParticipatingUnits(IReadOnlySet<int> orgUnitIds)
    {
        var leaving = _units.Where(u => !orgUnitIds.Contains(u.OrgUnitId)).ToList();
        if (leaving.Count > 0 && Status != CampaignStatus.Draft)
        {
            throw new DomainRuleException("campaign.units.locked", "Units cannot leave a drive once it is open.");
        }

        foreach (var unit in leaving)
        {
            _units.Remove(unit);
        }

        foreach (var id in orgUnitIds)
        {
            AddParticipatingUnit(id);
        }
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
        if (Status != CampaignStatus.Open)
        {
            throw new DomainRuleException("campaign.launch.notOpen", "A unit launches its own drive only while the parent drive is open.");
        }

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

    private void EnsureEditable()
    {
        if (Status is CampaignStatus.Closed or CampaignStatus.Archived)
        {
            throw new DomainRuleException("campaign.edit.closed", "A closed or archived drive cannot be changed.");
        }
    }

    private void EnsureDraft(string code, string message)
    {
        if (Status != CampaignStatus.Draft)
        {
            throw new DomainRuleException(code, message);
        }
    }
}
