using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Initiatives;
using EmulationPortal.Domain.Attachments;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Attachments;

/// <summary>
/// Whether the user may see and change an owner's files, decided as for the owner itself. Files are read by whoever
/// may read the initiative (<see cref="InitiativeAccess.ReadableAsync"/>) or the nomination (the political department,
/// a leader over the nominating or nominated unit, the person nominated). They are changed, while the owner is still
/// open, by the initiative's authors (Draft or Filed) or the nominating unit's leader (a submitted nomination of an
/// open round), and in both by the political department, which keeps the files.
/// </summary>
internal static class AttachmentOwnerAccess
{
    /// <summary>What the user may do with an owner's files; <see cref="Owner"/> is tracked, for its version check.</summary>
    public sealed record Grant(bool MayRead, bool MayEdit, IVersioned Owner);

    /// <summary>Null when the owner does not exist.</summary>
    public static Task<Grant?> ForAsync(PortalDbContext db, ICurrentUser user, AttachmentOwner kind, int ownerId, CancellationToken ct) => kind switch
    {
        AttachmentOwner.Initiative => InitiativeAsync(db, user, ownerId, ct),
        AttachmentOwner.Nomination => NominationAsync(db, user, ownerId, ct),
        _ => Task.FromResult<Grant?>(null),
    };

    private static async Task<Grant?> InitiativeAsync(PortalDbContext db, ICurrentUser user, int id, CancellationToken ct)
    {
        var initiative = await db.Initiatives.Include(i => i.Authors).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null)
        {
            return null;
        }

        var mayRead = await (await InitiativeAccess.ReadableAsync(db, user, ct)).AnyAsync(i => i.Id == id, ct);
        var open = initiative.State is InitiativeState.Draft or InitiativeState.Filed;
        var writer = initiative.CreatedByUserId == user.UserId || initiative.IsAuthor(user.UserId) || user.IsInRole(Roles.PoliticalOfficer);
        return new Grant(mayRead, mayRead && open && writer, initiative);
    }

    private static async Task<Grant?> NominationAsync(PortalDbContext db, ICurrentUser user, int id, CancellationToken ct)
    {
        var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.Id == id, ct);
        if (nomination is null)
        {
            return null;
        }

        var manager = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer);
        var leader = user.IsInRole(Roles.UnitLeader);
        var units = leader ? await db.VisibleUnitsAsync(user, ct) : new HashSet<int>();
        var mayRead = manager || nomination.PersonId == user.UserId
            || (leader && (units.Contains(nomination.NominatingUnitId) || units.Contains(nomination.SubjectUnitId)));
        var open = nomination.Status == NominationStatus.Submitted
            && await db.ReviewRounds.AnyAsync(r => r.Id == nomination.RoundId && r.Status == ReviewRoundStatus.Open, ct);
        var writer = user.IsInRole(Roles.PoliticalOfficer) || (leader && user.OrgUnitId == nomination.NominatingUnitId);
        return new Grant(mayRead, mayRead && open && writer, nomination);
    }
}
