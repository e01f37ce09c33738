using System.Globalization;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Application.Progress;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>
/// Issue 10's number formats on every numeric use case: text typed the Vietnamese or the English way goes through the
/// portal's one reading (as the inputs do) and is stored as the number meant, or refused before anything is written.
/// </summary>
public class HostileNumberFormatTests(HostileWorld world) : IClassFixture<HostileWorld>
{
    private static CancellationToken Ct => HostileWorld.Ct;

    /// <summary>Culture, typed text, the measure of the criterion, and the value stored.</summary>
    public static TheoryData<string, string, Measure, double> Stored() => new()
    {
        { "vi-VN", "4.500", Measure.Count, 4500 },
        { "vi-VN", "1.500", Measure.Count, 1500 },
        { "vi-VN", "1.234.567", Measure.Count, 1234567 },
        { "vi-VN", "3,0", Measure.Count, 3 },
        { "vi-VN", "99,5", Measure.Percentage, 99.5 },
        { "en-US", "4,500", Measure.Count, 4500 },
        { "en-US", "1,234,567", Measure.Count, 1234567 },
        { "en-US", "99.5", Measure.Percentage, 99.5 },
    };

    /// <summary>Culture, typed text, the measure, and the reading's refusal: nothing reaches a use case.</summary>
    public static TheoryData<string, string, Measure, string> Refused() => new()
    {
        { "vi-VN", "1.5", Measure.Percentage, LocalNumber.Ambiguous }, // an English decimal on a Vietnamese page
        { "vi-VN", "4.50", Measure.Count, LocalNumber.Ambiguous },
        { "en-US", "1,5", Measure.Percentage, LocalNumber.Ambiguous }, // a Vietnamese decimal on an English page
        { "en-US", "12,34", Measure.Count, LocalNumber.Ambiguous },
        { "vi-VN", "1,5", Measure.Count, LocalNumber.WholeOnly }, // one and a half shells
        { "en-US", "2.25", Measure.Count, LocalNumber.WholeOnly },
        { "vi-VN", "mười", Measure.Count, LocalNumber.NotANumber },
        { "en-US", "1e5", Measure.Count, LocalNumber.NotANumber },
    };

    private static double Read(string culture, string text, Measure measure)
    {
        var reading = LocalNumber.Read(text, CultureInfo.GetCultureInfo(culture), measure.WholeNumbersOnly());
        Assert.True(reading.IsValid, reading.ErrorCode);
        return reading.Value!.Value;
    }

    [Theory]
    [MemberData(nameof(Stored))]
    public async Task A_pledged_value_is_stored_as_typed_in_the_users_culture(string culture, string text, Measure measure, double expected)
    {
        var staff = world.Staff(6);
        var draft = await world.FilledDraftAsync(staff);
        var index = draft.Lines.FindIndex(l => l.Measure == measure);
        draft.Lines[index].Value = Read(culture, text, measure);

        var saved = await world.Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.True(saved.Succeeded, $"{saved.Status} {saved.RuleCode}");
        var criterionId = draft.Lines[index].CriterionId;
        Assert.Equal(expected, await world.ReadAsync(db => db.PledgeItems
            .Where(i => i.PledgeId == saved.Value!.PledgeId && i.CriterionId == criterionId).Select(i => i.CommittedValue).SingleAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(Stored))]
    public async Task A_reported_value_is_stored_as_typed_for_a_person_and_for_a_unit(string culture, string text, Measure measure, double expected)
    {
        var staff = world.Staff(7);
        var (item, _) = await world.PledgeItemAsync(staff, measure);
        var leader = await world.LeaderAsync("px2");
        var target = await world.UnitTargetAsync(leader, measure);
        var value = Read(culture, text, measure);

        var person = await world.Get<ReportPledgeProgress>().ExecuteAsync(staff,
            new ProgressEntryForm { Key = item, Measure = measure, Value = value, AsOf = new DateTime(2021, 1, 11) }, Ct);
        var unit = await world.Get<ReportUnitProgress>().ExecuteAsync(leader,
            new ProgressEntryForm { Key = target, Measure = measure, Value = value, AsOf = new DateTime(2021, 1, 11) }, Ct);

        Assert.True(person.Succeeded && unit.Succeeded, $"{person.Status} {unit.Status}");
        Assert.Equal(expected, await world.ReadAsync(db => db.ProgressReports.Where(r => r.PledgeItemId == item).OrderByDescending(r => r.Id).Select(r => r.Value).FirstAsync(Ct)));
        Assert.Equal(expected, await world.ReadAsync(db => db.ProgressReports.Where(r => r.UnitTargetId == target).OrderByDescending(r => r.Id).Select(r => r.Value).FirstAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Ambiguous_or_fractional_counts_are_refused_by_the_reading_every_numeric_input_uses(string culture, string text, Measure measure, string code) =>
        Assert.Equal(new LocalNumber.Reading(null, code), LocalNumber.Read(text, CultureInfo.GetCultureInfo(culture), measure.WholeNumbersOnly()));
}
