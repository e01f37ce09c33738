using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Reports;
using EmulationPortal.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EmulationPortal.Web.Features.Reports;

internal static class ReportEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// <c>GET /reports/campaigns/{id}.xlsx</c>: the drive's workbook in the request's language. The use case decides
    /// access (a unit leader gets their subtree); a refusal is a plain 403, not a redirect, since a file was asked for.
    /// </summary>
    public static void MapReportEndpoints(this WebApplication app) =>
        app.MapGet("/reports/campaigns/{id:int}.xlsx", async (int id, HttpContext http, CurrentUserLookup users, CampaignReportQuery query, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken ct) =>
            {
                var outcome = await query.ForAsync(await users.FindAsync(http.User, ct) ?? CurrentUserLookup.Nobody, id, ct);
                if (outcome.Status != OutcomeStatus.Ok)
                {
                    return Results.StatusCode(outcome.Status == OutcomeStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
                }

                var workbook = new MemoryStream();
                CampaignWorkbook.Write(workbook, outcome.Value!, key => text[key]);
                workbook.Position = 0;

                // The workbook holds names and figures of people: no browser or proxy cache keeps a copy.
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(workbook, XlsxType, $"thi-dua-{id}-{clock.Today():yyyy-MM-dd}.xlsx");
            })
            .RequireAuthorization();
}
