using System.Text;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Initiatives;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Application.Progress;
using EmulationPortal.Application.Recognitions;
using EmulationPortal.Application.Units;
using EmulationPortal.Application.Users;
using EmulationPortal.Application.Users.Import;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Recognition;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>
/// Issue 6's battery for text: every hostile input against every field a person types, through the use case, on the
/// demo database. Markup is stored verbatim (it is shown as text); control and bidi characters are stored without
/// them; NFD is stored NFC; 100 KB is refused on the field's own rule and writes nothing. Never an exception.
/// </summary>
public class HostileInputTests(HostileWorld world) : IClassFixture<HostileWorld>
{
    private static CancellationToken Ct => HostileWorld.Ct;

    /// <summary>A hostile input and what is stored from it; <c>null</c> when it must be refused as too long.</summary>
    private static readonly Dictionary<string, (string Input, string? Stored)> Inputs = new()
    {
        ["script"] = ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ["img-onerror"] = ("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
        ["100KB"] = (new string('A', 100_000), null),
        ["control-characters"] = ("Tổ\u0000 1\u0007\u001B[0m\u007F\u0085\u009F", "Tổ 1[0m"),
        ["bidi-overrides"] = ("\u202Etxt.exe\u202C \u2066Tổ\u2069\u202A\u202B\u202D\u2067\u2068", "txt.exe Tổ"),
        ["line-breaks-and-padding"] = ("  Dòng 1\r\nDòng 2\rDòng\t3 \u0000 ", "Dòng 1\nDòng 2\nDòng\t3"),
        ["vietnamese-NFD"] = ("Nguyễn Thị Hương".Normalize(NormalizationForm.FormD), "Nguyễn Thị Hương".Normalize(NormalizationForm.FormC)),
        ["unpaired-surrogates"] = ("A\uD800B\uDC00C 😀", "ABC 😀"),
        ["100KB-of-control-characters"] = ("Tổ 2" + new string('\u0000', 100_000), "Tổ 2"),
    };

    /// <summary>What one attempt did: the outcome, and the field as stored before and after it.</summary>
    private sealed record Attempt(Outcome Outcome, string? Before, string? After);

    /// <summary>A field of a use case; <c>Prepare</c> sets up what the attempt needs (a submitted pledge, say) before the tables are counted.</summary>
    private sealed record Field(string Name, string TooLongCode, Func<HostileWorld, string, Task<Attempt>> Try, Func<HostileWorld, Task>? Prepare = null);

    private static readonly Field[] Fields =
    [
        new("AddUnit.Name", "unit.name.length", AddUnitAsync),
        new("EditUnit.Name", "unit.name.length", EditUnitAsync),
        new("CreateUser.FullName", "user.name.length", CreateUserAsync),
        new("SaveCampaign.Title", "campaign.title.tooLong", (w, text) => SaveCampaignAsync(w, f => f.Title = text, c => c.Title)),
        new("SaveCampaign.Theme", "campaign.theme.tooLong", (w, text) => SaveCampaignAsync(w, f => f.Theme = text, c => c.Theme)),
        new("SaveCampaign.Occasion", "campaign.occasion.tooLong", (w, text) => SaveCampaignAsync(w, f => f.Occasion = text, c => c.Occasion)),
        new("SaveCampaign.Description", "campaign.description.tooLong", (w, text) => SaveCampaignAsync(w, f => f.Description = text, c => c.Description)),
        new("SaveCampaign.Criteria[0].Name", "criterion.name.tooLong", (w, text) => SaveCampaignAsync(w, f => f.Criteria[0].Name = text, c => c.Criteria[0].Name)),
        new("SaveCampaign.Criteria[0].Description", "criterion.description.tooLong", (w, text) => SaveCampaignAsync(w, f => f.Criteria[0].Description = text, c => c.Criteria[0].Description)),
        new("SaveCampaign.Criteria[0].UnitOfMeasure", "criterion.unit.tooLong", (w, text) => SaveCampaignAsync(w, f => f.Criteria[0].UnitOfMeasure = text, c => c.Criteria[0].UnitOfMeasure)),
        new("ReviseCriterion.Reason", "criterion.revision.reasonTooLong", (w, text) => ReviseCriterionAsync(w, reason: text)),
        new("ReviseCriterion.Criterion.Description", "criterion.description.tooLong", (w, text) => ReviseCriterionAsync(w, description: text)),
        new("SavePledge.ActionProgramme", "pledge.actionProgramme.tooLong", SavePledgeAsync),
        new("ReturnPledge.Reason", "pledge.return.reasonTooLong", ReturnPledgeAsync, w => w.SubmittedPledgeAsync(w.Staff(1))),
        new("ReportPledgeProgress.Note", "progress.note.tooLong", ReportPledgeProgressAsync, w => w.SubmittedPledgeAsync(w.Staff(2))),
        new("ReportUnitProgress.Note", "progress.note.tooLong", ReportUnitProgressAsync),
        new("RecordRecognition.Reason", "recognition.reason.tooLong", RecordRecognitionAsync),
        new("ImportStaff.FullName", "user.name.length", ImportStaffAsync),
        new("SaveInitiative.Title", "initiative.title.tooLong", (w, text) => SaveInitiativeAsync(w, f => f.Title = text, i => i.Title)),
        new("SaveInitiative.Problem", "initiative.problem.tooLong", (w, text) => SaveInitiativeAsync(w, f => f.Problem = text, i => i.Problem)),
        new("SaveInitiative.Solution", "initiative.solution.tooLong", (w, text) => SaveInitiativeAsync(w, f => f.Solution = text, i => i.Solution)),
        new("SaveInitiative.AppliedAt", "initiative.appliedAt.tooLong", (w, text) => SaveInitiativeAsync(w, f => f.AppliedAt = text, i => i.AppliedAt)),
        new("ConcludeInitiative.Reason", "initiative.reason.tooLong", RejectInitiativeAsync, FileToRejectAsync),
    ];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var field in Fields)
        {
            foreach (var input in Inputs.Keys)
            {
                cases.Add(field.Name, input);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_text_is_stored_cleaned_or_refused_on_its_field_with_nothing_written(string fieldName, string inputName)
    {
        var field = Fields.Single(f => f.Name == fieldName);
        var (input, stored) = Inputs[inputName];
        await (field.Prepare?.Invoke(world) ?? Task.CompletedTask);
        var counts = await world.CountsAsync();

        var attempt = await field.Try(world, input);

        if (stored is null)
        {
            Assert.Equal(OutcomeStatus.Invalid, attempt.Outcome.Status);
            var error = Assert.Single(attempt.Outcome.Errors);
            Assert.Equal((fieldName[(fieldName.IndexOf('.', StringComparison.Ordinal) + 1)..], field.TooLongCode), (error.Field, error.Code));
            Assert.Equal(counts, await world.CountsAsync());
            Assert.Equal(attempt.Before, attempt.After);
        }
        else
        {
            Assert.True(attempt.Outcome.Succeeded, $"{attempt.Outcome.Status} {attempt.Outcome.RuleCode} {string.Join(", ", attempt.Outcome.Errors.Select(e => e.Code))}");
            Assert.Equal(stored, attempt.After);
            Assert.True(attempt.After!.IsNormalized(NormalizationForm.FormC));
        }
    }

    private static async Task<Attempt> AddUnitAsync(HostileWorld w, string text)
    {
        var code = $"HX-{w.Next()}";
        var outcome = await w.Get<AddUnit>().ExecuteAsync(await w.AdminAsync(),
            new AddUnitRequest { Code = code, Name = text, ParentId = await w.UnitIdAsync("PX3"), Headcount = 1 }, Ct);
        return new(outcome, null, await w.ReadAsync(db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Name).SingleOrDefaultAsync(Ct)));
    }

    private static async Task<Attempt> EditUnitAsync(HostileWorld w, string text)
    {
        var unit = await w.ReadAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == "PX3-T1", Ct));
        var outcome = await w.Get<EditUnit>().ExecuteAsync(await w.AdminAsync(),
            new EditUnitRequest { Id = unit.Id, Version = unit.Version, Name = text, ParentId = unit.ParentId, Headcount = unit.Headcount }, Ct);
        return new(outcome, unit.Name, await w.ReadAsync(db => db.OrgUnits.Where(u => u.Id == unit.Id).Select(u => u.Name).SingleAsync(Ct)));
    }

    private static async Task<Attempt> CreateUserAsync(HostileWorld w, string text)
    {
        var email = $"hostile{w.Next()}@z121.demo";
        var outcome = await w.Get<CreateUser>().ExecuteAsync(await w.AdminAsync(), new CreateUserRequest
        {
            FullName = text, Email = email, UnitId = await w.UnitIdAsync("PX3-T1"), Role = Roles.Staff, Password = "Demo@2021",
        }, Ct);
        return new(outcome, null, await w.ReadAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.FullName).SingleOrDefaultAsync(Ct)));
    }

    /// <summary>A new draft drive with one criterion; the hostile text goes into one of its fields.</summary>
    private static async Task<Attempt> SaveCampaignAsync(HostileWorld w, Action<CampaignForm> type, Func<Campaign, string?> read)
    {
        var owner = await w.UnitIdAsync("Z121");
        var form = new CampaignForm
        {
            Title = "Đợt thi đua thử", OwnerUnitId = owner, Start = new DateTime(2021, 3, 1), End = new DateTime(2021, 3, 31),
            PledgeDeadline = new DateTime(2021, 3, 10), UnitIds = [owner],
            Criteria = [new CriterionForm { Name = "Sáng kiến", Measure = Measure.Number, UnitOfMeasure = "sáng kiến", Weight = 1 }],
        };
        type(form);
        var outcome = await w.Get<SaveCampaign>().ExecuteAsync(await w.AdminAsync(), form, Ct);
        var after = outcome is Outcome<int> { Succeeded: true, Value: var id }
            ? await w.ReadAsync(async db => read(await db.Campaigns.Include(c => c.Criteria).SingleAsync(c => c.Id == id, Ct)))
            : null;
        return new(outcome, null, after);
    }

    /// <summary>Revises the demo drive's second criterion: a hostile reason (with a new description) or a hostile description.</summary>
    private static async Task<Attempt> ReviseCriterionAsync(HostileWorld w, string? reason = null, string? description = null)
    {
        var admin = await w.AdminAsync();
        var form = (await w.Get<CampaignFormQuery>().ForAsync(admin, w.CampaignId, Ct)).Value!.Form;
        var criterion = form.Criteria[1];
        var criterionId = criterion.Id!.Value;
        async Task<string?> Read() => reason is null
            ? await w.ReadAsync(db => db.Criteria.Where(c => c.Id == criterionId).Select(c => c.Description).SingleAsync(Ct))
            : await w.ReadAsync(db => db.CriterionRevisions.Where(r => r.CriterionId == criterionId).OrderByDescending(r => r.Id).Select(r => r.Reason).FirstOrDefaultAsync(Ct));
        var before = await Read();
        criterion.Description = description ?? $"Mô tả {w.Next()}";
        var outcome = await w.Get<ReviseCriterion>().ExecuteAsync(admin,
            new ReviseCriterion.Request { CampaignId = w.CampaignId, Version = form.Version, Criterion = criterion, Reason = reason ?? "Điều chỉnh theo chỉ đạo" }, Ct);
        return new(outcome, before, await Read());
    }

    private static async Task<Attempt> SavePledgeAsync(HostileWorld w, string text)
    {
        var staff = w.Staff(0);
        async Task<string?> Read() => await w.ReadAsync(db => db.Pledges.Where(p => p.UserId == staff.UserId).Select(p => p.ActionProgramme).SingleOrDefaultAsync(Ct));
        var before = await Read();
        var draft = await w.FilledDraftAsync(staff);
        draft.ActionProgramme = text;
        draft.Intent = PledgeIntent.SaveDraft;
        var outcome = await w.Get<SavePledge>().ExecuteAsync(staff, draft, Ct);
        return new(outcome, before, await Read());
    }

    private static async Task<Attempt> ReturnPledgeAsync(HostileWorld w, string text)
    {
        var (pledgeId, version) = await w.SubmittedPledgeAsync(w.Staff(1));
        async Task<string?> Read() => await w.ReadAsync(db => db.Pledges.Where(p => p.Id == pledgeId).Select(p => p.ReturnReason).SingleAsync(Ct));
        var before = await Read();
        var outcome = await w.Get<ReturnPledge>().ExecuteAsync(await w.LeaderAsync("px1"),
            new ReturnPledge.Request { PledgeId = pledgeId, Version = version, Reason = text }, Ct);
        return new(outcome, before, await Read());
    }

    private static async Task<Attempt> ReportPledgeProgressAsync(HostileWorld w, string text)
    {
        var staff = w.Staff(2);
        var (key, measure) = await w.PledgeItemAsync(staff, Measure.Count);
        async Task<string?> Read() => await w.ReadAsync(db => db.ProgressReports.Where(r => r.PledgeItemId == key).OrderByDescending(r => r.Id).Select(r => r.Note).FirstOrDefaultAsync(Ct));
        var before = await Read();
        var outcome = await w.Get<ReportPledgeProgress>().ExecuteAsync(staff,
            new ProgressEntryForm { Key = key, Measure = measure, Value = 1, AsOf = new DateTime(2021, 1, 11), Note = text }, Ct);
        return new(outcome, before, await Read());
    }

    private static async Task<Attempt> ReportUnitProgressAsync(HostileWorld w, string text)
    {
        var leader = await w.LeaderAsync("px1");
        var key = await w.UnitTargetAsync(leader, Measure.Count);
        async Task<string?> Read() => await w.ReadAsync(db => db.ProgressReports.Where(r => r.UnitTargetId == key).OrderByDescending(r => r.Id).Select(r => r.Note).FirstOrDefaultAsync(Ct));
        var before = await Read();
        var outcome = await w.Get<ReportUnitProgress>().ExecuteAsync(leader,
            new ProgressEntryForm { Key = key, Measure = Measure.Count, Value = 1, AsOf = new DateTime(2021, 1, 11), Note = text }, Ct);
        return new(outcome, before, await Read());
    }

    private static async Task<Attempt> RecordRecognitionAsync(HostileWorld w, string text)
    {
        var unitId = await w.ReadAsync(db => db.CampaignUnits.Where(u => u.CampaignId == w.CampaignId).Select(u => u.OrgUnitId).FirstAsync(Ct));
        var outcome = await w.Get<RecordRecognition>().ExecuteAsync(await w.OfficerAsync(), new RecordRecognition.Request
        {
            CampaignId = w.CampaignId, Kind = RecognitionKind.GoodPractice, OrgUnitId = unitId, Reason = text, RecognisedOn = new DateTime(2021, 1, 12),
        }, Ct);
        var after = outcome is Outcome<int> { Succeeded: true, Value: var id }
            ? await w.ReadAsync(db => db.Recognitions.Where(r => r.Id == id).Select(r => r.Reason).SingleAsync(Ct))
            : null;
        return new(outcome, null, after);
    }

    /// <summary>A worker's draft initiative, filed; the hostile text goes into one of its fields.</summary>
    private static async Task<Attempt> SaveInitiativeAsync(HostileWorld w, Action<InitiativeForm> type, Func<Domain.Initiatives.Initiative, string?> read)
    {
        var worker = w.Staff(5);
        var form = new InitiativeForm
        {
            Title = "Đồ gá thử", Problem = "Chậm", Solution = "Nhanh hơn", AppliedAt = "Tổ 1", AppliedSince = new DateTime(2021, 1, 4), File = true,
            Authors = [new() { UserId = worker.UserId, Share = 100 }],
        };
        type(form);
        var outcome = await w.Get<SaveInitiative>().ExecuteAsync(worker, form, Ct);
        var after = outcome is { Succeeded: true, Value: var id }
            ? await w.ReadAsync(async db => read(await db.Initiatives.SingleAsync(i => i.Id == id, Ct)))
            : null;
        return new(outcome, null, after);
    }

    /// <summary>The initiative the next rejection case works on, filed by its preparation (cases run one after another).</summary>
    private static int s_toReject;

    private static async Task FileToRejectAsync(HostileWorld w)
    {
        var worker = w.Staff(6);
        s_toReject = (await w.Get<SaveInitiative>().ExecuteAsync(worker, new InitiativeForm
        {
            Title = $"Sáng kiến {w.Next()}", Problem = "Chậm", Solution = "Nhanh hơn", AppliedAt = "Tổ 1", AppliedSince = new DateTime(2021, 1, 4), File = true,
            Authors = [new() { UserId = worker.UserId, Share = 100 }],
        }, Ct)).Value;
    }

    /// <summary>The officer rejects a worker's freshly filed initiative with the hostile text as the reason.</summary>
    private static async Task<Attempt> RejectInitiativeAsync(HostileWorld w, string text)
    {
        var id = s_toReject;
        var version = await w.ReadAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.Version).SingleAsync(Ct));
        var outcome = await w.Get<ConcludeInitiative>().ExecuteAsync(await w.OfficerAsync(), new(id, version, null, text), Ct);
        return new(outcome, null, await w.ReadAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.RejectionReason).SingleAsync(Ct)));
    }

    /// <summary>The preview's verdict on the row, then the import itself; a refused row is reported as the preview's field errors.</summary>
    private static async Task<Attempt> ImportStaffAsync(HostileWorld w, string text)
    {
        var admin = await w.AdminAsync();
        var email = $"import{w.Next()}@z121.demo";
        var row = new StaffRow(2, text, email, string.Empty, "PX3-T2", "Staff");
        var check = Assert.Single(await HostileImport.CheckAsync(w, row));
        var imported = await w.Get<ImportStaff>().ExecuteAsync(admin, [row], null, Ct);
        Assert.Equal(check.IsValid, imported.Succeeded);
        var outcome = check.IsValid ? imported : new Outcome(OutcomeStatus.Invalid, check.Errors);
        return new(outcome, null, await w.ReadAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.FullName).SingleOrDefaultAsync(Ct)));
    }
}
