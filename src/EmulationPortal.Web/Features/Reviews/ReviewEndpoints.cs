using EmulationPortal.Application.Access;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Application.Reviews.Import;
using EmulationPortal.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EmulationPortal.Web.Features.Reviews;

internal static class ReviewEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// <c>GET /reviews/records/template/{kind}.xlsx</c>: the ratings (0) or titles (1) template in the request's language,
    /// prefilled with the people of the user's reach; the query decides access, a refusal is a plain 403.
    /// </summary>
    public static void MapReviewEndpoints(this WebApplication app)
    {
        MapTemplate(app);
        MapReport(app);
    }

    /// <summary>
    /// <c>GET /reviews/nominations/{id}/report.docx</c>: the nomination's achievement report, drafted from the round's
    /// record for the unit to edit and sign; for whoever may read the nomination, a plain 403 otherwise.
    /// </summary>
    private static void MapReport(WebApplication app) =>
        app.MapGet("/reviews/nominations/{id:int}/report.docx", async (int id, HttpContext http, CurrentUserLookup users, AchievementReportQuery query,
                IStringLocalizer<SharedResource> text, ReviewText reviewText, CancellationToken ct) =>
            {
                var report = await query.ExecuteAsync(await users.FindAsync(http.User, ct) ?? CurrentUserLookup.Nobody, id, ct);
                if (report is null)
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                var document = new MemoryStream();
                AchievementReportDocument.Write(document, report, key => text[key], reviewText.Reason, reviewText.Rating);
                document.Position = 0;
                http.Response.Headers.CacheControl = "no-store"; // a person's record: no cache keeps a copy
                return Results.File(document, DocxType, $"bao-cao-thanh-tich-{id}.docx");
            })
            .RequireAuthorization();

    private static void MapTemplate(WebApplication app) =>
        app.MapGet("/reviews/records/template/{kind:int}.xlsx", async (int kind, HttpContext http, CurrentUserLookup users, RecordTemplateQuery query,
                IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                if (!Enum.IsDefined((RecordKind)kind))
                {
                    return Results.NotFound();
                }

                var user = await users.FindAsync(http.User, ct) ?? CurrentUserLookup.Nobody;
                var workbook = new MemoryStream();
                if (!await query.ExecuteAsync(user, (RecordKind)kind, workbook, key => text[key], ct))
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                workbook.Position = 0;
                http.Response.Headers.CacheControl = "no-store"; // names of people: no cache keeps a copy
                return Results.File(workbook, XlsxType, kind == (int)RecordKind.Ratings ? "mau-xep-loai.xlsx" : "mau-danh-hieu.xlsx");
            })
            .RequireAuthorization();
}
