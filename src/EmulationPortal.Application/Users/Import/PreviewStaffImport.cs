using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Application.Users.Import;

/// <summary>Reads an uploaded staff file and checks every row, so the admin sees what would be imported before anything is saved.</summary>
public sealed class PreviewStaffImport(
    IDbContextFactory<PortalDbContext> dbFactory, IValidator<StaffRow> validator, ILookupNormalizer normalizer, ILogger<PreviewStaffImport> logger) : IUseCase
{
    public sealed record Preview(IReadOnlyList<StaffRowCheck> Rows, string? FileErrorCode);

    public async Task<Preview?> ExecuteAsync(ICurrentUser user, Stream content, string fileName, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return null;
        }

        var file = StaffFileParser.Parse(content, fileName);
        if (file.ErrorCode is not null)
        {
            if (file.ReadFailure is { } failure)
            {
                logger.LogWarning(failure, "Staff import refused {File}: the reader failed", fileName);
            }

            return new Preview([], file.ErrorCode);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new Preview(await new StaffRowChecker(validator, normalizer).CheckAsync(db, file.Rows, ct), null);
    }
}
