using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Recognitions;
using EmulationPortal.Application.Tests.Dashboards;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Recognition;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Recognitions;

public class RecognitionTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private DashboardScenario _scenario = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _scenario = await DashboardScenario.BuildAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private TestUser Officer => new(_scenario.Users["po"].Id, _scenario.Units["F"].Id, Roles.PoliticalOfficer);

    private RecordRecognition Record => new(_database.DbFactory, _database.Clock, new RecordRecognition.Validator());

    private RecordRecognition.Request Request(string? user = null, string unit = "W2", string reason = "Hoàn thành vượt mức sản lượng") => new()
    {
        CampaignId = _scenario.CampaignId,
        Kind = RecognitionKind.AdvancedExample,
        OrgUnitId = _scenario.Units[unit].Id,
        UserId = user is null ? null : _scenario.Users[user].Id,
        Reason = reason,
        RecognisedOn = new DateTime(2021, 1, 12),
    };

    [Fact]
    public async Task A_person_is_recorded_with_the_unit_they_belong_to_now_and_listed_by_unit_subtree()
    {
        var person = await Record.ExecuteAsync(Officer, Request(user: "u8", unit: "W1-T1"), Ct);
        var unit = await Record.ExecuteAsync(Officer, Request(unit: "W1"), Ct);

        Assert.True(person.Succeeded);
        Assert.True(unit.Succeeded);
        var query = _database.Get<RecognitionsQuery>();
        var underW2 = (await query.ForAsync(Officer, new(_scenario.CampaignId, _scenario.Units["W2"].Id), Ct)).Value!;
        var underW1 = (await query.ForAsync(Officer, new(_scenario.CampaignId, _scenario.Units["W1"].Id), Ct)).Value!;
        Assert.Equal("Người u8", Assert.Single(underW2).PersonName); // u8 moved to W2
        Assert.Null(Assert.Single(underW1).PersonName);
        Assert.Empty((await query.ForAsync(Officer, new(_scenario.CampaignId, Kind: RecognitionKind.Commendation), Ct)).Value!);
    }

    [Theory]
    [InlineData("", "recognition.reason.required")]
    [InlineData("   ", "recognition.reason.required")]
    public async Task A_reason_is_required(string reason, string code)
    {
        var outcome = await Record.ExecuteAsync(Officer, Request(reason: reason), Ct);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Contains(outcome.Errors, e => e.Code == code);
    }

    [Fact]
    public async Task A_reason_longer_than_2000_characters_is_refused()
    {
        var outcome = await Record.ExecuteAsync(Officer, Request(reason: new string('a', Recognition.ReasonMaxLength + 1)), Ct);

        Assert.Contains(outcome.Errors, e => e.Code == "recognition.reason.tooLong");
        await using var db = _database.NewContext();
        Assert.Equal(0, await db.Recognitions.CountAsync(Ct));
    }

    [Fact]
    public async Task Unit_leaders_and_staff_cannot_record_or_list()
    {
        var leader = new TestUser(_scenario.Users["u1"].Id, _scenario.Units["W1"].Id, Roles.UnitLeader);

        Assert.Equal(OutcomeStatus.Forbidden, (await Record.ExecuteAsync(leader, Request(), Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<RecognitionsQuery>().ForAsync(leader, new(_scenario.CampaignId), Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<RecognitionCandidatesQuery>().ForAsync(leader, _scenario.CampaignId, Ct)).Status);
    }

    [Fact]
    public async Task Candidates_are_people_who_reported_every_item_ranked_by_completion_and_the_best_units()
    {
        await using (var db = _database.NewContext())
        {
            // u1 (accepted) reports both items: output 5 of 10 (50%) and 0 incidents (met) → (2×0.5 + 1×1)/3.
            // u5 reports output only: incomplete reporting, never suggested.
            var campaign = await db.Campaigns.Include(c => c.Criteria).SingleAsync(c => c.Id == _scenario.CampaignId, Ct);
            var items = await db.PledgeItems.Where(i => db.Pledges.Any(p => p.Id == i.PledgeId && (p.UserId == _scenario.Users["u1"].Id || p.UserId == _scenario.Users["u5"].Id)))
                .Select(i => new { i.Id, i.CriterionId, Owner = db.Pledges.Where(p => p.Id == i.PledgeId).Select(p => p.UserId).Single() })
                .ToListAsync(Ct);
            foreach (var item in items.Where(i => i.Owner == _scenario.Users["u1"].Id || i.CriterionId == _scenario.OutputId))
            {
                var criterion = campaign.Criteria.Single(c => c.Id == item.CriterionId);
                var value = criterion.Id == _scenario.OutputId ? 5 : 0;
                db.ProgressReports.Add(ProgressReport.OnPledgeItem(campaign, criterion, item.Id, value, DashboardScenario.Today, DashboardScenario.Today, null, item.Owner!, new DateTime(2021, 1, 12, 3, 0, 0, DateTimeKind.Utc)));
            }

            await db.SaveChangesAsync(Ct);
        }

        var candidates = (await _database.Get<RecognitionCandidatesQuery>().ForAsync(Officer, _scenario.CampaignId, Ct)).Value!;

        var person = Assert.Single(candidates.People);
        Assert.Equal((_scenario.Users["u1"].Id, 2), (person.UserId, person.Items));
        Assert.Equal(2.0 / 3, person.Completion, 9);
        Assert.Equal(["W2", "W1", "W1-T1"], candidates.Units.Select(u => _scenario.Units.Single(x => x.Value.Id == u.OrgUnitId).Key));
    }

    [Fact]
    public async Task The_person_picker_finds_people_of_the_drive_by_name_without_diacritics_and_only_for_those_who_record()
    {
        await using (var db = _database.NewContext())
        {
            // The scenario's users carry a short search name; the portal folds the full name when it creates an account.
            var u8 = await db.Users.SingleAsync(u => u.Id == _scenario.Users["u8"].Id, Ct);
            u8.SearchName = Domain.Common.SearchText.Fold(u8.FullName);
            await db.SaveChangesAsync(Ct);
        }

        var people = _database.Get<RecognitionPeopleQuery>();

        var found = (await people.SearchAsync(Officer, _scenario.CampaignId, "NGUOI U8", Ct)).Value!;
        var none = (await people.SearchAsync(Officer, _scenario.CampaignId, "  ", Ct)).Value!;
        var staff = await people.SearchAsync(new TestUser(_scenario.Users["u8"].Id, _scenario.Units["W2"].Id, Roles.Staff), _scenario.CampaignId, "Người", Ct);

        var person = Assert.Single(found);
        Assert.Equal(("Người u8", _scenario.Users["u8"].Id), (person.FullName, person.UserId));
        Assert.Equal(_scenario.Users["u8"].OrgUnitId, person.OrgUnitId);
        Assert.Empty(none);
        Assert.Equal(OutcomeStatus.Forbidden, staff.Status);
    }
}
