using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Recognitions;

/// <summary>
/// The recognitions page's person picker: people of the drive's participating units whose name matches what was typed,
/// ignoring diacritics ("nguyen van an" finds "Nguyễn Văn An") through the folded <c>SearchName</c> column.
/// </summary>
public sealed class RecognitionPeopleQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    /// <summary>A picker lists a handful; the user types more of the name to narrow it.</summary>
    public const int MaxResults = 20;

    public sealed record Person(string UserId, string FullName, int OrgUnitId, string UnitName);

    public async Task<Outcome<IReadOnlyList<Person>>> SearchAsync(ICurrentUser user, int campaignId, string? text, CancellationToken ct = default)
    {
        if (!RecognitionAccess.MayManage(user))
        {
            return Outcome<IReadOnlyList<Person>>.From(Outcome.Forbidden());
        }

        var folded = SearchText.Fold(UserText.Normalize(text ?? string.Empty));
        if (folded.Length == 0)
        {
            return Outcome<IReadOnlyList<Person>>.Ok([]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = await (
                from u in db.Users.AsNoTracking()
                join unit in db.OrgUnits on u.OrgUnitId equals unit.Id
                where u.SearchName.Contains(folded) && unit.IsActive
                    && db.CampaignUnits.Any(cu => cu.CampaignId == campaignId && cu.OrgUnitId == u.OrgUnitId)
                orderby u.SearchName, u.Email
                select new Person(u.Id, u.FullName, u.OrgUnitId, unit.Name))
            .Take(MaxResults)
            .ToListAsync(ct);
        return Outcome<IReadOnlyList<Person>>.Ok(people);
    }
}
