using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Recognitions;

/// <summary>What the recognitions page offers to choose from: the drives (open first) and the units taking part in each.</summary>
public sealed class RecognitionChoicesQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Choice(int Id, string Name);

    public sealed record Drive(int Id, string Title, IReadOnlyList<Choice> Units);

    public async Task<Outcome<IReadOnlyList<Drive>>> ForAsync(ICurrentUser user, CancellationToken ct = default)
    {
        if (!RecognitionAccess.MayManage(user))
        {
            return Outcome<IReadOnlyList<Drive>>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var drives = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status != CampaignStatus.Draft)
            .OrderBy(c => c.Status).ThenByDescending(c => c.StartDate)
            .Select(c => new Drive(c.Id, c.Title, (
                    from cu in db.CampaignUnits
                    join u in db.OrgUnits on cu.OrgUnitId equals u.Id
                    where cu.CampaignId == c.Id && u.IsActive
                    orderby u.Code
                    select new Choice(u.Id, u.Name))
                .ToList()))
            .ToListAsync(ct);
        return Outcome<IReadOnlyList<Drive>>.Ok(drives);
    }
}
