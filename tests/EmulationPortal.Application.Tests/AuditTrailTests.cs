using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests;

public class AuditTrailTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<int> AddUnitAsync(string code, string? actor = null)
    {
        await using var db = _database.NewContext();
        if (actor is not null)
        {
            db.ActAs(new TestUser(actor, 1, Roles.Admin));
        }

        var unit = new OrgUnit(code, "Phân xưởng " + code, OrgUnitKind.Workshop);
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(Ct);
        return unit.Id;
    }

    [Fact]
    public async Task A_change_is_recorded_with_who_what_and_old_to_new_values_in_the_same_save()
    {
        var id = await AddUnitAsync("PX9", actor: "admin-1");
        await using (var db = _database.NewContext())
        {
            db.ActAs(new TestUser("admin-2", 1, Roles.Admin));
            var unit = await db.OrgUnits.SingleAsync(u => u.Id == id, Ct);
            unit.Rename("Phân xưởng Chín");
            await db.SaveChangesAsync(Ct);
        }

        await using var check = _database.NewContext();
        var entries = await check.AuditEntries.Where(e => e.EntityType == nameof(OrgUnit)).OrderBy(e => e.Sequence).ToListAsync(Ct);
        Assert.Equal([AuditAction.Created, AuditAction.Modified], entries.Select(e => e.Action));
        Assert.Equal(["admin-1", "admin-2"], entries.Select(e => e.UserId));
        Assert.All(entries, e => Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.EntityId));
        Assert.Contains("\"Name\":[\"Phân xưởng PX9\",\"Phân xưởng Chín\"]", entries[1].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_is_stamped_by_the_application_clock_so_a_demo_on_a_moved_clock_audits_on_its_own_day()
    {
        _database.Clock.SetUtcNow(new DateTimeOffset(2021, 1, 12, 18, 30, 0, TimeSpan.Zero));

        await AddUnitAsync("PX5");

        await using var check = _database.NewContext();
        var entry = await check.AuditEntries.SingleAsync(e => e.EntityType == nameof(OrgUnit), Ct);
        Assert.Equal(new DateTime(2021, 1, 12, 18, 30, 0), entry.AtUtc);
        Assert.True((await VerifyAuditChain.VerifyAsync(check, Ct)).Intact);
    }

    [Fact]
    public async Task A_failed_save_leaves_neither_the_change_nor_its_record()
    {
        await AddUnitAsync("PX1");
        var before = await CountAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => AddUnitAsync("PX1")); // unique code

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_chain_verifies_intact_and_points_at_the_entry_that_was_tampered_with()
    {
        for (var i = 1; i <= 5; i++)
        {
            await AddUnitAsync($"T{i}");
        }

        await using var db = _database.NewContext();
        Assert.True((await VerifyAuditChain.VerifyAsync(db, Ct)).Intact);

        await db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Changes = '{{}}' WHERE Sequence = 3", Ct);
        var result = await VerifyAuditChain.VerifyAsync(db, Ct);

        Assert.Equal(3, result.BrokenAt);
    }

    [Fact]
    public async Task Deleting_the_last_entries_is_detected_by_the_chain_head()
    {
        await AddUnitAsync("A1");
        await AddUnitAsync("A2");
        await using var db = _database.NewContext();

        await db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries WHERE Sequence = (SELECT MAX(Sequence) FROM AuditEntries)", Ct);

        Assert.False((await VerifyAuditChain.VerifyAsync(db, Ct)).Intact);
    }

    [Fact]
    public async Task Password_hashes_and_security_stamps_are_never_written_to_the_trail()
    {
        await using (var db = _database.NewContext())
        {
            var unitId = await AddUnitAsync("U1");
            db.Users.Add(new PortalUser { UserName = "a@z121.demo", Email = "a@z121.demo", PasswordHash = "SECRET-HASH", SecurityStamp = "STAMP", OrgUnitId = unitId, FullName = "A" });
            await db.SaveChangesAsync(Ct);
        }

        await using var check = _database.NewContext();
        var entry = await check.AuditEntries.SingleAsync(e => e.EntityType == nameof(PortalUser), Ct);
        Assert.DoesNotContain("SECRET-HASH", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("STAMP", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_may_verify_the_chain()
    {
        var outcome = await _database.Get<VerifyAuditChain>().RunAsync(new TestUser("x", 1, Roles.PoliticalOfficer), Ct);

        Assert.Equal(Common.OutcomeStatus.Forbidden, outcome.Status);
    }

    private async Task<int> CountAsync()
    {
        await using var db = _database.NewContext();
        return await db.AuditEntries.CountAsync(Ct) + await db.OrgUnits.CountAsync(Ct);
    }
}
