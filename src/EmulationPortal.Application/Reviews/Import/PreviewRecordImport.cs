using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Application.Reviews.Import;

/// <summary>
/// Reads a unit's ratings or titles file and checks every row, so the leader or the political department sees what would
/// be saved, row by row with its errors, before anything is.
/// </summary>
public sealed class PreviewRecordImport(
    IDbContextFactory<PortalDbContext> dbFactory, IValidator<RecordRow> validator, TimeProvider clock, ILogger<PreviewRecordImport> logger) : IUseCase
{
    public sealed record Preview(IReadOnlyList<RecordRowCheck> Rows, string? FileErrorCode);

    public async Task<Preview?> ExecuteAsync(ICurrentUser user, RecordKind kind, Stream content, string fileName, CancellationToken ct = default)
    {
        if (!ImportRecords.MayImport(user))
        {
            return null;
        }

        var file = RecordFileParser.Parse(content, fileName, kind);
        if (file.ErrorCode is not null)
        {
            if (file.ReadFailure is { } failure)
            {
                logger.LogWarning(failure, "Record import refused {File}: the reader failed", fileName);
            }

            return new Preview([], file.ErrorCode);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new Preview(await new RecordRowChecker(validator).CheckAsync(db, user, kind, clock.Today().Year, file.Rows, ct), null);
    }
}
