using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Council;
using EmulationPortal.Domain.Units;

namespace EmulationPortal.Application.Council;

/// <summary>
/// Z121's emulation and commendation council for the 2021–2025 term: nine members, so the quorum is six and a CSTĐCS
/// needs eight approvals; the political officer is its secretary. The demo has no director account, so PX2's leader
/// chairs. One member's term ended in 2020: listed, but not counted in a 2021 session.
/// </summary>
internal sealed class DemoCouncil(PortalDbContext db)
{
    private static readonly (string Login, CouncilRole Role)[] Seats =
    [
        ("px2.truong", CouncilRole.Chair), ("px1.truong", CouncilRole.ViceChair), ("chinhtri", CouncilRole.Secretary),
        ("px3.truong", CouncilRole.Member), ("px4.truong", CouncilRole.Member), ("pkt.cnv01", CouncilRole.Member),
        ("pkh.cnv01", CouncilRole.Member), ("pat.cnv01", CouncilRole.Member), ("px1.cnv02", CouncilRole.Member),
    ];

    public async Task SeedAsync(IReadOnlyDictionary<string, OrgUnit> units, IReadOnlyList<PortalUser> users, CancellationToken ct)
    {
        var id = users.ToDictionary(u => u.Email!.Split('@')[0], u => u.Id);
        var factory = units["Z121"].Id;
        db.CouncilMembers.AddRange(Seats.Select(s => new CouncilMember(factory, id[s.Login], s.Role, new(2021, 1, 1), new(2025, 12, 31))));
        db.CouncilMembers.Add(new CouncilMember(factory, id["pct.cnv01"], CouncilRole.Member, new(2016, 1, 1), new(2020, 12, 31)));
        await db.SaveChangesAsync(ct);
    }
}
