using EmulationPortal.Application.Users.Import;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>The import preview's check of rows, without a file in between (so a cell may hold any character at all).</summary>
internal static class HostileImport
{
    public static async Task<IReadOnlyList<StaffRowCheck>> CheckAsync(HostileWorld world, params StaffRow[] rows)
    {
        await using var db = world.Database.NewContext();
        return await new StaffRowChecker(world.Get<IValidator<StaffRow>>(), world.Get<ILookupNormalizer>()).CheckAsync(db, rows, HostileWorld.Ct);
    }
}
