using EmulationPortal.Application.Access;
using EmulationPortal.Application.Reviews.Import;
using EmulationPortal.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EmulationPortal.Web.Features.Reviews;

internal static class ReviewEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// <c>GET /reviews/records/template/{kind}.xlsx</c>: the ratings (0) or titles (1) template in the request's language,
    /// prefilled with the people of the user's reach; the query decides access, a refusal is a plain 403.
    /// </summary>
    public static void MapReviewEndpoints(this WebApplication app) =>
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
