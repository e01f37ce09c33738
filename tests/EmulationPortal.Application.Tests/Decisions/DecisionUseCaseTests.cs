using EmulationPortal.Application.Common;
using EmulationPortal.Application.Decisions;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Tests.Reviews;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Decisions;

public class DecisionUseCaseTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private TestUser _officer = default!;
    private int _roundId;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        _officer = await DecisionScenario.OfficerAsync(_database, Ct);
        _roundId = await DecisionScenario.RoundInCouncilAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_draft_lists_the_approved_nominations_with_their_bonus_and_leaves_the_competent_persons_case_out_until_included()
    {
        var id = await DecisionScenario.DraftAsync(_database, _officer, _roundId, Ct);
        var draft = await DecisionScenario.DetailAsync(_database, _officer, id, Ct);

        Assert.Equal(6, draft.Lines.Count);
        var open = Assert.Single(draft.Lines, l => l.ByCompetentPerson);
        Assert.False(open.Included);
        Assert.All(draft.Lines.Where(l => l.Title == AwardTitle.GrassrootsFighter), l => Assert.Equal(1_490_000m, l.Bonus)); // Army 2018 set: 1.0 × 1,490,000
        Assert.Equal(1_490_000m * 1.5m, draft.Lines.Single(l => l.Title == AwardTitle.ExcellentCollective).Bonus);
        Assert.Contains("Căn cứ Thông tư 151/2018/TT-BQP", draft.LegalBasis, StringComparison.Ordinal);
        Assert.Equal("decision.roundHasDecision", (await _database.Get<DraftDecision>().ExecuteAsync(_officer, new(_roundId, "A", "B"), Ct)).RuleCode);

        var saved = await _database.Get<SaveDecisionDraft>().ExecuteAsync(_officer, new(id, draft.Version, "Nguyễn Văn Thắng", "Giám đốc", new Dictionary<int, bool> { [open.Id] = true }), Ct);
        Assert.True(saved.Succeeded);
        var approved = draft.Lines.First(l => !l.ByCompetentPerson);
        var refused = await _database.Get<SaveDecisionDraft>().ExecuteAsync(_officer, new(id, (await DecisionScenario.DetailAsync(_database, _officer, id, Ct)).Version, "A", "B", new Dictionary<int, bool> { [approved.Id] = false }), Ct);
        Assert.Equal("decision.lineApproved", refused.RuleCode);
    }

    [Fact]
    public async Task Issuing_numbers_the_decision_and_its_lines_moves_the_round_to_decided_and_every_step_is_audited()
    {
        var id = await DecisionScenario.DraftAsync(_database, _officer, _roundId, Ct);

        var issued = await _database.Get<IssueDecision>().ExecuteAsync(_officer, id, (await DecisionScenario.DetailAsync(_database, _officer, id, Ct)).Version, Ct);

        Assert.True(issued.Succeeded, issued.RuleCode);
        var decision = await DecisionScenario.DetailAsync(_database, _officer, id, Ct);
        Assert.Equal(("1/QĐ-Z121", new DateOnly(2021, 1, 12)), (decision.Number, decision.DecidedOn!.Value));
        Assert.Equal([1, 2, 3, 4, 5], decision.Awarded.Select(l => l.GoldenBookNumber!.Value));
        Assert.Null(decision.Lines.Single(l => !l.Included).GoldenBookNumber);
        Assert.All(decision.Awarded, l => Assert.Matches("^[A-Za-z0-9_-]{22}$", l.VerificationCode!));
        await using var db = _database.NewContext();
        Assert.Equal(ReviewRoundStatus.Decided, await db.ReviewRounds.Where(r => r.Id == _roundId).Select(r => r.Status).SingleAsync(Ct));
        var audited = await db.AuditEntries.Where(e => e.EntityType == nameof(AwardDecision) && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.UserId == _officer.UserId).CountAsync(Ct);
        Assert.Equal(2, audited); // drafted, issued
    }

    [Fact]
    public async Task An_issued_decision_refuses_every_change_but_revocation()
    {
        var id = await DecisionScenario.DraftAsync(_database, _officer, _roundId, Ct);
        Assert.True((await _database.Get<IssueDecision>().ExecuteAsync(_officer, id, (await DecisionScenario.DetailAsync(_database, _officer, id, Ct)).Version, Ct)).Succeeded);
        var issued = await DecisionScenario.DetailAsync(_database, _officer, id, Ct);

        var edit = await _database.Get<SaveDecisionDraft>().ExecuteAsync(_officer, new(id, issued.Version, "Người khác", "Phó Giám đốc", new Dictionary<int, bool>()), Ct);
        var again = await _database.Get<IssueDecision>().ExecuteAsync(_officer, id, issued.Version, Ct);

        Assert.Equal("decision.issued", edit.RuleCode);
        Assert.Equal("decision.issued", again.RuleCode);
        var after = await DecisionScenario.DetailAsync(_database, _officer, id, Ct);
        Assert.Equal((issued.Number, issued.SignerName), (after.Number, after.SignerName));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Set<DecisionNumberSeries>().Where(s => s.Year == 2021).Select(s => s.LastNumber).SingleAsync(Ct)); // the refused issue gave its number back
    }

    [Fact]
    public async Task Revocation_needs_a_reason_keeps_the_decision_whole_and_the_certificate_then_verifies_as_revoked()
    {
        var decision = await DemoDecisionAsync();
        var code = decision.Awarded.First().VerificationCode!;
        var revoke = _database.Get<RevokeDecision>();

        Assert.Equal("decision.reason.required", (await revoke.ExecuteAsync(_officer, decision.Id, decision.Version, "  ", Ct)).RuleCode);
        Assert.False((await _database.Get<VerifyCertificateQuery>().ExecuteAsync(code, Ct))!.Revoked);
        Assert.True((await revoke.ExecuteAsync(_officer, decision.Id, decision.Version, "Kê khai thành tích không trung thực", Ct)).Succeeded);

        var after = await DecisionScenario.DetailAsync(_database, _officer, decision.Id, Ct);
        Assert.Equal(DecisionStatus.Revoked, after.Status);
        Assert.Equal((decision.Number, decision.DecidedOn), (after.Number, after.DecidedOn));
        Assert.Equal(decision.Lines, after.Lines);
        Assert.Equal(("Kê khai thành tích không trung thực", "Trần Văn Chính"), (after.RevocationReason, after.RevokedBy));
        var verified = await _database.Get<VerifyCertificateQuery>().ExecuteAsync(code, Ct);
        Assert.True(verified!.Revoked);
        Assert.Equal("1/QĐ-Z121", verified.Number);
        Assert.Equal(OutcomeStatus.RuleBroken, (await revoke.ExecuteAsync(_officer, decision.Id, after.Version, "lần nữa", Ct)).Status);
    }

    [Fact]
    public async Task Verification_knows_only_issued_codes()
    {
        var id = await DecisionScenario.DraftAsync(_database, _officer, _roundId, Ct);
        var verify = _database.Get<VerifyCertificateQuery>();

        Assert.Null(await verify.ExecuteAsync("AAAAAAAAAAAAAAAAAAAAAA", Ct));
        Assert.Null(await verify.ExecuteAsync(string.Empty, Ct));
        Assert.All((await DecisionScenario.DetailAsync(_database, _officer, id, Ct)).Lines, l => Assert.Null(l.VerificationCode)); // a draft has no certificate yet
        var demo = await DemoDecisionAsync();
        var found = await verify.ExecuteAsync(demo.Awarded.First().VerificationCode!, Ct);
        Assert.Equal((demo.Awarded.First().RecipientName, "Chiến sĩ thi đua cơ sở", "Nhà máy Z121 (Công ty TNHH MTV Hóa chất 21)", false), (found!.RecipientName, found.TitleName, found.IssuingUnit, found.Revoked));
    }

    [Fact]
    public async Task Only_the_political_department_and_admins_draft_issue_revoke_or_read_decisions()
    {
        var leader = await DemoReviewFixture.UserAsync(_database, "px1.truong", Roles.UnitLeader, Ct);
        var demo = await DemoDecisionAsync();

        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<DraftDecision>().ExecuteAsync(leader, new(_roundId, "A", "B"), Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<IssueDecision>().ExecuteAsync(leader, demo.Id, demo.Version, Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<RevokeDecision>().ExecuteAsync(leader, demo.Id, demo.Version, "x", Ct)).Status);
        Assert.Null(await _database.Get<DecisionDetailQuery>().ExecuteAsync(leader, demo.Id, Ct));
        Assert.Null(await _database.Get<DecisionListQuery>().ExecuteAsync(leader, Ct));
        Assert.Single((await _database.Get<DecisionListQuery>().ExecuteAsync(_officer, Ct))!.Decisions);
    }

    private async Task<DecisionDetail> DemoDecisionAsync()
    {
        var list = await _database.Get<DecisionListQuery>().ExecuteAsync(_officer, Ct);
        return await DecisionScenario.DetailAsync(_database, _officer, list!.Decisions.Single(d => d.Number == "1/QĐ-Z121").Id, Ct);
    }
}
