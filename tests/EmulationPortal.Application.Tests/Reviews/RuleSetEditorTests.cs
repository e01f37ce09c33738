using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reviews.RuleSets;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reviews;

/// <summary>An admin corrects a rule set in place or as a new version; a set a closed round used stays as it was; every change audited.</summary>
public class RuleSetEditorTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private TestUser _admin = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        await using var db = _database.NewContext();
        var admin = await db.Users.SingleAsync(u => u.Email == "admin@z121.demo", Ct);
        _admin = new TestUser(admin.Id, admin.OrgUnitId, Roles.Admin);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<RuleSetForm> FormAsync(string code)
    {
        var sets = await _database.Get<RuleSetListQuery>().ExecuteAsync(_admin, Ct);
        return sets!.Single(s => s.Code == code);
    }

    /// <summary>Every number as the form shows it (shares in percent), with <paramref name="edit"/> applied.</summary>
    private static List<ReviseRuleSet.Value> Values(RuleSetForm form, Dictionary<string, double> edit) => form.Parameters
        .Select(p => new ReviseRuleSet.Value
        {
            Key = p.Key,
            Number = edit.TryGetValue(p.Key, out var typed) ? typed : (double)(p.Kind == ParameterKind.Share ? p.Value * 100 : p.Value),
            Unconfirmed = p.Clause.Unconfirmed && !edit.ContainsKey(p.Key),
        })
        .ToList();

    [Fact]
    public async Task An_admin_corrects_the_current_rule_set_in_place_and_the_change_is_audited()
    {
        var form = await FormAsync(SeededRuleBooks.CurrentCode);
        Assert.False(form.Frozen);

        var saved = await _database.Get<ReviseRuleSet>().ExecuteAsync(_admin, new()
        {
            Id = form.Id, Version = form.Version, Values = Values(form, new() { [RuleParameters.BaseSalary] = 2_500_000, [RuleParameters.Quorum] = 75 }),
        }, Ct);
        var stale = await _database.Get<ReviseRuleSet>().ExecuteAsync(_admin, new() { Id = form.Id, Version = form.Version, Values = Values(form, []) }, Ct);

        Assert.True(saved.Succeeded);
        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        var after = await FormAsync(SeededRuleBooks.CurrentCode);
        Assert.Equal(2_500_000m, after.Parameters.Single(p => p.Key == RuleParameters.BaseSalary).Value);
        Assert.Equal(0.75m, after.Parameters.Single(p => p.Key == RuleParameters.Quorum).Value);
        Assert.False(after.Parameters.Single(p => p.Key == RuleParameters.Quorum).Clause.Unconfirmed);
        await using var db = _database.NewContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(RuleSet) && e.UserId == _admin.UserId, Ct);
        Assert.Contains("2500000", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_set_a_closed_round_used_is_refused_in_place_but_saved_as_a_new_version_with_its_own_date()
    {
        await using (var db = _database.NewContext())
        {
            await db.ReviewRounds.Where(r => r.Year == 2020).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, ReviewRoundStatus.Closed), Ct); // the demo's decided 2020 round, closed
        }

        var form = await FormAsync(SeededRuleBooks.Army2018Code);
        Assert.True(form.Frozen);
        var revise = _database.Get<ReviseRuleSet>();
        var values = Values(form, new() { [RuleParameters.QuotaKey(AwardTitle.GrassrootsFighter)] = 12 });

        var inPlace = await revise.ExecuteAsync(_admin, new() { Id = form.Id, Version = form.Version, Values = values }, Ct);
        var created = await revise.ExecuteAsync(_admin, new()
        {
            Id = form.Id, Version = form.Version, Values = values, AsNewVersion = true, Code = "bqp-2022", Name = "Quân đội: sửa đổi chỉ tiêu 2022", EffectiveFrom = new(2022, 1, 1),
        }, Ct);
        var again = await revise.ExecuteAsync(_admin, new()
        {
            Id = form.Id, Version = form.Version, Values = values, AsNewVersion = true, Code = "BQP-2022", Name = "Lần nữa", EffectiveFrom = new(2022, 1, 1),
        }, Ct);

        Assert.Equal("ruleSet.frozen", inPlace.RuleCode);
        Assert.True(created.Succeeded);
        Assert.Equal("ruleSet.code.taken", again.RuleCode);
        Assert.Equal(form.Parameters, (await FormAsync(SeededRuleBooks.Army2018Code)).Parameters);
        var version = await FormAsync("BQP-2022");
        Assert.Equal(new DateOnly(2022, 1, 1), version.EffectiveFrom);
        Assert.Equal(0.12m, version.Parameters.Single(p => p.Key == RuleParameters.QuotaKey(AwardTitle.GrassrootsFighter)).Value);
        await using var audit = _database.NewContext();
        Assert.True(await audit.AuditEntries.AnyAsync(e => e.EntityType == nameof(RuleSet) && e.UserId == _admin.UserId && e.Action == Audit.AuditAction.Created, Ct));
    }

    [Fact]
    public async Task Only_admins_edit_and_a_missing_or_out_of_range_value_is_refused()
    {
        var form = await FormAsync(SeededRuleBooks.CurrentCode);
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var revise = _database.Get<ReviseRuleSet>();
        var missing = Values(form, []);
        missing[0].Number = null;

        Assert.Null(await _database.Get<RuleSetListQuery>().ExecuteAsync(officer, Ct));
        Assert.Equal(OutcomeStatus.Forbidden, (await revise.ExecuteAsync(officer, new() { Id = form.Id, Version = form.Version, Values = Values(form, []) }, Ct)).Status);
        Assert.Equal(OutcomeStatus.Invalid, (await revise.ExecuteAsync(_admin, new() { Id = form.Id, Version = form.Version, Values = missing }, Ct)).Status);
        Assert.Equal("ruleSet.share.range", (await revise.ExecuteAsync(_admin, new() { Id = form.Id, Version = form.Version, Values = Values(form, new() { [RuleParameters.Quorum] = 120 }) }, Ct)).RuleCode);
        Assert.Equal(OutcomeStatus.Invalid, (await revise.ExecuteAsync(_admin, new() { Id = form.Id, Version = form.Version, Values = Values(form, []), AsNewVersion = true }, Ct)).Status);
    }
}
