using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Notifications;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Notifications;

/// <summary>Opening a drive invites the staff of its units (PX1, PX2 and their teams) to pledge, in the opening's own transaction.</summary>
public sealed class DriveOpenedNotificationTests : CampaignAdminFixture
{
    [Fact]
    public async Task Opening_a_drive_tells_every_staff_member_of_its_units_once_and_no_one_else()
    {
        var signalled = new List<string>();
        await using (var before = Database.NewContext())
        {
            foreach (var id in await before.Users.Select(u => u.Id).ToListAsync(Ct))
            {
                Database.Get<NotificationSignal>().Subscribe(id, () => signalled.Add(id));
            }
        }

        var driveId = await OpenDriveAsync();

        await using var db = Database.NewContext();
        var staffRole = await db.Roles.Where(r => r.Name == Roles.Staff).Select(r => r.Id).SingleAsync(Ct);
        var tree = await db.OrgUnits.Select(u => new { u.Id, u.ParentId, u.Code }).ToListAsync(Ct);
        var children = tree.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var units = tree.Where(u => u.Code is "PX1" or "PX2").SelectMany(u => Access.UnitScope.Subtree(u.Id, children)).ToList();
        var expected = await db.Users.Where(u => units.Contains(u.OrgUnitId) && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == staffRole)).Select(u => u.Id).ToListAsync(Ct);
        var told = await db.Notifications.Where(n => n.Kind == NotificationKind.DriveOpened).ToListAsync(Ct);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), told.Select(n => n.RecipientId).Order());
        Assert.All(told, n => Assert.Equal(($"/campaigns/{driveId}/pledge", "Thi đua chào mừng Ngày thành lập"), (n.Link, n.Subject)));
        Assert.Equal(expected.Order(), signalled.Order()); // each open bell is told after the commit
        var px3Staff = await db.Users.Where(u => u.Email!.StartsWith("px3.cnv")).Select(u => u.Id).FirstAsync(Ct);
        Assert.DoesNotContain(told, n => n.RecipientId == px3Staff);
    }

    [Fact]
    public async Task A_drive_that_cannot_open_tells_no_one()
    {
        var id = await CreateDraftAsync(); // no targets yet: opening is refused

        var outcome = await Database.Get<Campaigns.ChangeCampaignStatus>().ExecuteAsync(await AdminAsync(), new(id, await VersionAsync(id), Domain.Campaigns.CampaignStatus.Open), Ct);

        Assert.False(outcome.Succeeded);
        await using var db = Database.NewContext();
        Assert.False(await db.Notifications.AnyAsync(n => n.Kind == NotificationKind.DriveOpened, Ct));
    }
}
