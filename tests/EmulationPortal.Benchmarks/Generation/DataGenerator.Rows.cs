using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Targets;

namespace EmulationPortal.Benchmarks.Generation;

/// <summary>The bulk rows: each built through the domain, then written with the id the generator gives it.</summary>
internal sealed partial class DataGenerator
{
    private const string Programme = "Phấn đấu hoàn thành vượt mức kế hoạch, bảo đảm tuyệt đối an toàn, chấp hành nghiêm kỷ luật.";

    /// <summary>Staff are spread round-robin over the units, so the first person of each unit (its leader) comes first.</summary>
    private int UnitOf(int person) => _units[person % _units.Count].Id;

    private string LeaderOf(int unitId) => _people[Math.Min(unitId - 1, _people.Length - 1)];

    private string ReviewerOf(int unitId, string author)
    {
        var leader = LeaderOf(unitId);
        return leader != author ? leader : _people[0];
    }

    private void WriteUnits()
    {
        _units = OrganisationPlan.For(_scale.Units);
        foreach (var (planned, index) in _units.Select((u, i) => (u, i)))
        {
            var unit = planned.Unit;
            unit.SetHeadcount((_scale.Staff / _units.Count) + (index < _scale.Staff % _units.Count ? 1 : 0));
            _writer.Add("OrgUnits", Columns.OrgUnits, planned.Id, unit.Code, unit.Name, unit.SearchName, unit.Kind, planned.ParentId, unit.Headcount, unit.IsActive, unit.Version);
        }
    }

    /// <summary>Everyone is Staff; the first person of each unit leads it; the very first is also an admin.</summary>
    private void WritePeople(IReadOnlyDictionary<string, string> roles)
    {
        _people = new string[_scale.Staff];
        for (var i = 0; i < _people.Length; i++)
        {
            var id = _people[i] = NewGuid().ToString();
            var name = UserText.Normalize(_names.Next());
            var email = $"nv{i + 1:D6}@tccnqp.demo";
            _writer.Add("AspNetUsers", Columns.Users, id, name, SearchText.Fold(name), $"NV{i + 1:D6}", UnitOf(i), email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), true,
                NewGuid().ToString("N").ToUpperInvariant(), NewGuid().ToString(), false, false, true, 0);
            _writer.Add("AspNetUserRoles", Columns.UserRoles, id, roles[Roles.Staff]);
            if (i < _units.Count)
            {
                _writer.Add("AspNetUserRoles", Columns.UserRoles, id, roles[Roles.UnitLeader]);
            }

            if (i == 0)
            {
                _writer.Add("AspNetUserRoles", Columns.UserRoles, id, roles[Roles.Admin]);
            }
        }
    }

    /// <summary>A target per unit and criterion, each with a few reports at roughly even steps up to today (units report on different days).</summary>
    private Dictionary<(int Unit, int Criterion), double> WriteTargets()
    {
        var targets = new Dictionary<(int, int), double>();
        var targetId = 0;
        foreach (var unit in _units)
        {
            foreach (var criterion in _campaign.Criteria)
            {
                var target = new UnitTarget(_campaign.Id, unit.Id, criterion, CriterionSpec.Target(criterion, _random));
                targets[(unit.Id, criterion.Id)] = target.TargetValue;
                _writer.Add("UnitTargets", Columns.UnitTargets, ++targetId, target.CampaignId, target.OrgUnitId, target.CriterionId, target.TargetValue, target.Version);
                foreach (var day in ReportDays(_scale.ReportsPerTarget, jitter: 3))
                {
                    var value = CriterionSpec.Reported(criterion, target.TargetValue, ShareGone(day), _random);
                    WriteReport(ProgressReport.OnUnitTarget(_campaign, criterion, targetId, value, day, GeneratedDrive.Today, null, LeaderOf(unit.Id), GeneratedDrive.At(day)));
                }
            }
        }

        return targets;
    }

    /// <summary>Seven units in ten have their leader's collective pledge on their targets, most of them accepted by the leader above.</summary>
    private void WriteCollectivePledges(Dictionary<(int Unit, int Criterion), double> targets)
    {
        foreach (var unit in _units.Where(u => u.Id <= _people.Length && _random.NextDouble() < 0.7))
        {
            var pledge = Pledge.Collective(_campaign, unit.Id);
            var day = GeneratedDrive.Start.AddDays(_random.Next(0, 20));
            pledge.Write(_campaign, day, Programme, _campaign.Criteria.ToDictionary(c => c.Id, c => (double?)targets[(unit.Id, c.Id)]));
            pledge.Submit(_campaign, day, GeneratedDrive.At(day));
            if (_random.NextDouble() < 0.6)
            {
                pledge.Accept(unit.ParentId is { } parent ? LeaderOf(parent) : _people[0], GeneratedDrive.At(day.AddDays(2)));
            }

            WritePledge(pledge, LeaderOf(unit.Id), live: false);
        }
    }

    /// <summary>
    /// About 95% of staff pledge: most accepted or awaiting review, some drafts, returned or withdrawn. Live pledges
    /// (submitted or accepted) carry progress reports on each item.
    /// </summary>
    private void WriteIndividualPledges()
    {
        var criteria = _campaign.Criteria.ToList();
        for (var person = 0; person < _people.Length; person++)
        {
            var draw = _random.NextDouble();
            if (draw < 0.05)
            {
                continue;
            }

            var unitId = UnitOf(person);
            var author = _people[person];
            var day = GeneratedDrive.Start.AddDays(_random.Next(0, 30));
            var now = GeneratedDrive.At(day).AddMinutes(_random.Next(0, 600));
            var pledge = Pledge.Individual(_campaign, unitId, author);
            var chosen = criteria.OrderBy(_ => _random.Next()).Take(_scale.ItemsPerPledge);
            pledge.Write(_campaign, day, Programme, chosen.ToDictionary(c => c.Id, c => (double?)CriterionSpec.Target(c, _random)));
            if (draw >= 0.09)
            {
                pledge.Submit(_campaign, day, now);
            }

            if (draw is >= 0.09 and < 0.12)
            {
                pledge.Return(ReviewerOf(unitId, author), now.AddDays(1), "Đề nghị bổ sung chỉ tiêu cụ thể.");
            }
            else if (draw is >= 0.12 and < 0.15)
            {
                pledge.Withdraw(_campaign, day);
            }
            else if (draw >= 0.35)
            {
                pledge.Accept(ReviewerOf(unitId, author), now.AddDays(2));
            }

            WritePledge(pledge, author, live: pledge.Status is PledgeStatus.Submitted or PledgeStatus.Accepted);
        }
    }

    private void WritePledge(Pledge pledge, string reporter, bool live)
    {
        var pledgeId = ++_pledgeIds;
        _writer.Add("Pledges", Columns.Pledges, pledgeId, pledge.CampaignId, pledge.Kind, pledge.OrgUnitId, pledge.UserId, pledge.ActionProgramme, pledge.Status,
            pledge.ReturnReason, pledge.SubmittedAtUtc, pledge.ReviewedAtUtc, pledge.ReviewedByUserId, pledge.Version);
        foreach (var item in pledge.Items)
        {
            var itemId = ++_itemIds;
            _writer.Add("PledgeItems", Columns.PledgeItems, itemId, pledgeId, item.CriterionId, item.CommittedValue);
            if (!live)
            {
                continue;
            }

            var criterion = _campaign.Criteria.Single(c => c.Id == item.CriterionId);
            foreach (var day in ReportDays(_scale.ReportsPerItem, jitter: 7))
            {
                var value = CriterionSpec.Reported(criterion, item.CommittedValue!.Value, ShareGone(day), _random);
                WriteReport(ProgressReport.OnPledgeItem(_campaign, criterion, itemId, value, day, GeneratedDrive.Today, null, reporter, GeneratedDrive.At(day)));
            }
        }
    }

    private void WriteReport(ProgressReport report) =>
        _writer.Add("ProgressReports", Columns.ProgressReports, ++_reportIds, report.CampaignId, report.CriterionId, report.PledgeItemId, report.UnitTargetId,
            report.Value, report.AsOf, report.Note, report.ReportedByUserId, report.ReportedAtUtc, report.IsSuperseded, report.Version);

    /// <summary><paramref name="count"/> distinct days at even steps from the start to today, each moved back by up to <paramref name="jitter"/> days.</summary>
    private IEnumerable<DateOnly> ReportDays(int count, int jitter)
    {
        var span = GeneratedDrive.Today.DayNumber - GeneratedDrive.Start.DayNumber;
        var step = span / Math.Max(1, count);
        return Enumerable.Range(1, count).Select(k => GeneratedDrive.Start.AddDays((k * step) - _random.Next(0, Math.Min(jitter, step - 1) + 1)));
    }

    private static double ShareGone(DateOnly day) =>
        (double)(day.DayNumber - GeneratedDrive.Start.DayNumber + 1) / (GeneratedDrive.End.DayNumber - GeneratedDrive.Start.DayNumber + 1);

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
