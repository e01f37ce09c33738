using EmulationPortal.Application.Attachments;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Initiatives;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Application.Tests.Initiatives;
using EmulationPortal.Application.Tests.Reviews;
using EmulationPortal.Domain.Attachments;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Attachments;

/// <summary>
/// Uploading, listing, downloading and removing files of initiatives and nominations on the seeded demo: access as for
/// the owner (author, other staff, leaders of the unit and of another, the political department), only while the owner
/// is open, within the configured limits, audited, and never with a stale version of the owner.
/// </summary>
public class AttachmentUseCaseTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private TestUser _worker = default!;
    private TestUser _otherWorker = default!;
    private TestUser _px1Leader = default!;
    private TestUser _px2Leader = default!;
    private TestUser _officer = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        _worker = await InitiativeScenario.StaffAsync(_database, "px1.cnv20", Ct);
        _otherWorker = await InitiativeScenario.StaffAsync(_database, "px1.cnv21", Ct);
        _px1Leader = await DemoReviewFixture.UserAsync(_database, "px1.truong", Roles.UnitLeader, Ct);
        _px2Leader = await DemoReviewFixture.UserAsync(_database, "px2.truong", Roles.UnitLeader, Ct);
        _officer = await InitiativeScenario.OfficerAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task The_author_attaches_to_a_draft_and_a_filed_initiative_and_the_file_comes_back_whole_and_audited()
    {
        var id = await DraftAsync();

        var added = await UploadAsync(_worker, AttachmentOwner.Initiative, id, "Bản vẽ đồ gá.pdf", TestFiles.Pdf());
        Assert.True(added.Succeeded, added.RuleCode);

        var list = await _database.Get<AttachmentListQuery>().ExecuteAsync(_worker, AttachmentOwner.Initiative, id, Ct);
        var row = Assert.Single(list!.Files);
        Assert.Equal(("Bản vẽ đồ gá.pdf", "application/pdf", (long)TestFiles.Pdf().Length), (row.FileName, row.ContentType, row.SizeBytes));
        Assert.True(list.MayEdit);
        Assert.Equal(added.Value, list.OwnerVersion);
        var file = await _database.Get<AttachmentDownloadQuery>().ExecuteAsync(_worker, row.Id, Ct);
        Assert.Equal(TestFiles.Pdf(), file!.Bytes);

        await using var db = _database.NewContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(Attachment), Ct);
        Assert.Equal((_worker.UserId, row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.UserId, entry.EntityId));
        Assert.Contains("Sha256", entry.Changes, StringComparison.Ordinal);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(AttachmentContent), Ct)); // the log keeps no copy of the bytes

        var filed = await FileAsync(id);
        Assert.True((await UploadAsync(_worker, AttachmentOwner.Initiative, id, "anh.png", TestFiles.Png(), filed)).Succeeded);
    }

    [Fact]
    public async Task Other_staff_and_another_units_leader_neither_see_nor_add_the_workshop_leader_sees_only_the_officer_adds()
    {
        var id = await DraftAsync();
        await FileAsync(id);
        var version = await VersionAsync(AttachmentOwner.Initiative, id);

        Assert.Equal(OutcomeStatus.NotFound, (await UploadAsync(_otherWorker, AttachmentOwner.Initiative, id, "a.pdf", TestFiles.Pdf(), version)).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await UploadAsync(_px2Leader, AttachmentOwner.Initiative, id, "a.pdf", TestFiles.Pdf(), version)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await UploadAsync(_px1Leader, AttachmentOwner.Initiative, id, "a.pdf", TestFiles.Pdf(), version)).Status);
        var added = await UploadAsync(_officer, AttachmentOwner.Initiative, id, "bien-ban.docx", TestFiles.Docx(), version);
        Assert.True(added.Succeeded, added.RuleCode);

        var attachmentId = (await _database.Get<AttachmentListQuery>().ExecuteAsync(_px1Leader, AttachmentOwner.Initiative, id, Ct))!.Files.Single().Id;
        Assert.NotNull(await _database.Get<AttachmentDownloadQuery>().ExecuteAsync(_px1Leader, attachmentId, Ct));
        Assert.NotNull(await _database.Get<AttachmentDownloadQuery>().ExecuteAsync(_worker, attachmentId, Ct));
        Assert.Null(await _database.Get<AttachmentDownloadQuery>().ExecuteAsync(_otherWorker, attachmentId, Ct));
        Assert.Null(await _database.Get<AttachmentDownloadQuery>().ExecuteAsync(_px2Leader, attachmentId, Ct));
        Assert.Null(await _database.Get<AttachmentListQuery>().ExecuteAsync(_px2Leader, AttachmentOwner.Initiative, id, Ct));
        Assert.Equal(OutcomeStatus.NotFound, (await _database.Get<RemoveAttachment>().ExecuteAsync(_otherWorker, new(attachmentId, added.Value), Ct)).Status);
    }

    [Fact]
    public async Task Nothing_is_added_to_or_removed_from_a_recognised_initiative()
    {
        var open = await DraftAsync();
        var version = await VersionAsync(AttachmentOwner.Initiative, open);
        var added = await UploadAsync(_worker, AttachmentOwner.Initiative, open, "a.pdf", TestFiles.Pdf(), version);
        var recognised = await InitiativeScenario.RecognisedAsync(_database, _worker, Ct);

        Assert.Equal(OutcomeStatus.Forbidden, (await UploadAsync(_worker, AttachmentOwner.Initiative, recognised, "a.pdf", TestFiles.Pdf())).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await UploadAsync(_officer, AttachmentOwner.Initiative, recognised, "a.pdf", TestFiles.Pdf())).Status);
        Assert.False((await _database.Get<AttachmentListQuery>().ExecuteAsync(_worker, AttachmentOwner.Initiative, recognised, Ct))!.MayEdit);
        Assert.True(added.Succeeded);
    }

    [Fact]
    public async Task The_nominating_units_leader_attaches_while_the_nomination_is_submitted_another_units_leader_gets_not_found()
    {
        var nomination = await NominationAsync("px1.cnv01");
        var nominee = await InitiativeScenario.StaffAsync(_database, "px1.cnv01", Ct);

        var added = await UploadAsync(_px1Leader, AttachmentOwner.Nomination, nomination, "Báo cáo thành tích.docx", TestFiles.Docx());
        Assert.True(added.Succeeded, added.RuleCode);
        Assert.Equal(OutcomeStatus.NotFound, (await UploadAsync(_px2Leader, AttachmentOwner.Nomination, nomination, "a.pdf", TestFiles.Pdf(), added.Value)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await UploadAsync(nominee, AttachmentOwner.Nomination, nomination, "a.pdf", TestFiles.Pdf(), added.Value)).Status);

        var list = (await _database.Get<AttachmentListQuery>().ExecuteAsync(nominee, AttachmentOwner.Nomination, nomination, Ct))!;
        Assert.False(list.MayEdit);
        Assert.Null(await _database.Get<AttachmentDownloadQuery>().ExecuteAsync(_px2Leader, list.Files.Single().Id, Ct));

        var accepted = await _database.Get<DecideNomination>().ExecuteAsync(_officer, new DecideNomination.Request { NominationId = nomination, Version = list.OwnerVersion, Accept = true }, Ct);
        Assert.True(accepted.Succeeded, accepted.RuleCode);
        var decided = await VersionAsync(AttachmentOwner.Nomination, nomination);
        Assert.Equal(OutcomeStatus.Forbidden, (await UploadAsync(_px1Leader, AttachmentOwner.Nomination, nomination, "a.pdf", TestFiles.Pdf(), decided)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<RemoveAttachment>().ExecuteAsync(_px1Leader, new(list.Files.Single().Id, decided), Ct)).Status);
    }

    [Fact]
    public async Task The_political_department_reads_each_nominations_files_beside_it_on_the_round_page_a_leader_reads_them_on_the_unit_page()
    {
        var nomination = await NominationAsync("px1.cnv01");
        Assert.True((await UploadAsync(_px1Leader, AttachmentOwner.Nomination, nomination, "Báo cáo thành tích.docx", TestFiles.Docx())).Succeeded);
        var round = await DemoReviewFixture.RoundIdAsync(_database, Ct);

        var asOfficer = (await _database.Get<ReviewRoundDetailQuery>().ExecuteAsync(_officer, round, Ct))!;
        var asLeader = (await _database.Get<ReviewRoundDetailQuery>().ExecuteAsync(_px1Leader, round, Ct))!;

        Assert.Equal(["Báo cáo thành tích.docx"], asOfficer.NominationFiles[nomination].Select(f => f.FileName));
        Assert.Single(asOfficer.NominationFiles); // only the nomination that has a file
        Assert.Empty(asLeader.NominationFiles);
    }

    [Fact]
    public async Task A_stale_owner_version_conflicts_and_a_removal_takes_the_bytes_with_it()
    {
        var id = await DraftAsync();
        var seen = await VersionAsync(AttachmentOwner.Initiative, id);
        var added = await UploadAsync(_worker, AttachmentOwner.Initiative, id, "a.pdf", TestFiles.Pdf(), seen);

        Assert.Equal(OutcomeStatus.Conflict, (await UploadAsync(_worker, AttachmentOwner.Initiative, id, "b.pdf", TestFiles.Pdf(), seen)).Status);
        var attachmentId = (await _database.Get<AttachmentListQuery>().ExecuteAsync(_worker, AttachmentOwner.Initiative, id, Ct))!.Files.Single().Id;
        Assert.Equal(OutcomeStatus.Conflict, (await _database.Get<RemoveAttachment>().ExecuteAsync(_worker, new(attachmentId, seen), Ct)).Status);

        var removed = await _database.Get<RemoveAttachment>().ExecuteAsync(_worker, new(attachmentId, added.Value), Ct);
        Assert.True(removed.Succeeded, removed.RuleCode);
        await using var db = _database.NewContext();
        Assert.False(await db.Attachments.AnyAsync(Ct));
        Assert.False(await db.AttachmentContents.AnyAsync(Ct));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(Attachment) && e.Action == Audit.AuditAction.Deleted, Ct));
    }

    [Fact]
    public async Task The_configured_count_per_owner_and_size_per_file_are_kept_the_stream_is_read_no_further_than_the_limit()
    {
        var id = await DraftAsync();
        for (var n = 0; n < 10; n++)
        {
            Assert.True((await UploadAsync(_worker, AttachmentOwner.Initiative, id, $"tep-{n}.pdf", TestFiles.Pdf())).Succeeded);
        }

        Assert.Equal("attachment.tooMany", (await UploadAsync(_worker, AttachmentOwner.Initiative, id, "them.pdf", TestFiles.Pdf())).RuleCode);

        var other = await DraftAsync();
        var endless = new CountingStream(TestFiles.PdfOfSize(20 * 1024 * 1024));
        var request = new UploadAttachment.Request { OwnerKind = AttachmentOwner.Initiative, OwnerId = other, OwnerVersion = await VersionAsync(AttachmentOwner.Initiative, other), FileName = "lon.pdf", Content = endless };
        Assert.Equal("attachment.tooLarge", (await _database.Get<UploadAttachment>().ExecuteAsync(_worker, request, Ct)).RuleCode);
        Assert.Equal(new AttachmentOptions().MaxFileBytes + 1, endless.BytesRead);
    }

    private async Task<int> DraftAsync()
    {
        var saved = await _database.Get<SaveInitiative>().ExecuteAsync(_worker, InitiativeScenario.Form((_worker, 100)), Ct);
        Assert.True(saved.Succeeded, saved.RuleCode);
        return saved.Value;
    }

    private async Task<Guid> FileAsync(int id)
    {
        var form = InitiativeScenario.Form((_worker, 100));
        (form.Id, form.Version, form.File) = (id, await VersionAsync(AttachmentOwner.Initiative, id), true);
        var filed = await _database.Get<SaveInitiative>().ExecuteAsync(_worker, form, Ct);
        Assert.True(filed.Succeeded, filed.RuleCode);
        return await VersionAsync(AttachmentOwner.Initiative, id);
    }

    private async Task<int> NominationAsync(string login)
    {
        await using var db = _database.NewContext();
        var person = await db.Users.Where(u => u.Email == login + "@z121.demo").Select(u => u.Id).SingleAsync(Ct);
        var round = await DemoReviewFixture.RoundIdAsync(_database, Ct);
        return await db.Nominations.Where(n => n.RoundId == round && n.PersonId == person && n.Status == NominationStatus.Submitted).Select(n => n.Id).SingleAsync(Ct);
    }

    private async Task<Guid> VersionAsync(AttachmentOwner kind, int id)
    {
        await using var db = _database.NewContext();
        return kind == AttachmentOwner.Initiative
            ? await db.Initiatives.Where(i => i.Id == id).Select(i => i.Version).SingleAsync(Ct)
            : await db.Nominations.Where(n => n.Id == id).Select(n => n.Version).SingleAsync(Ct);
    }

    private async Task<Outcome<Guid>> UploadAsync(TestUser user, AttachmentOwner kind, int id, string name, byte[] bytes, Guid? version = null) =>
        await _database.Get<UploadAttachment>().ExecuteAsync(user, new UploadAttachment.Request
        {
            OwnerKind = kind, OwnerId = id, OwnerVersion = version ?? await VersionAsync(kind, id), FileName = name, Content = new MemoryStream(bytes),
        }, Ct);

    /// <summary>A stream that counts what was read from it.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public long BytesRead { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }
    }
}
