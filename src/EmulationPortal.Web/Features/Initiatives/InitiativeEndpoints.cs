using EmulationPortal.Application.Access;
using EmulationPortal.Application.Initiatives;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;
using EmulationPortal.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EmulationPortal.Web.Features.Initiatives;

internal static class InitiativeEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// <c>GET /initiatives/register.xlsx</c> with the register's filters as query parameters, in the request's language:
    /// the query decides what the user may see, exactly as on the page. A filter that does not parse is ignored.
    /// </summary>
    public static void MapInitiativeEndpoints(this WebApplication app) =>
        app.MapGet("/initiatives/register.xlsx", async (HttpContext http, CurrentUserLookup users, InitiativeRegisterQuery register, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var q = http.Request.Query;
                var filter = new InitiativeRegisterQuery.Filter(
                    q["search"].ToString() is { Length: > 0 and <= 100 } search ? search : null,
                    int.TryParse(q["unit"], out var unit) ? unit : null,
                    int.TryParse(q["year"], out var year) && year is > 1900 and < 3000 ? year : null,
                    Enum.TryParse<InitiativeState>(q["state"], out var state) && Enum.IsDefined(state) ? state : null,
                    Enum.TryParse<InitiativeScope>(q["scope"], out var scope) && Enum.IsDefined(scope) ? scope : null);
                var rows = await register.ExecuteAsync(await users.FindAsync(http.User, ct) ?? CurrentUserLookup.Nobody, filter, ct);
                var workbook = new MemoryStream();
                InitiativeWorkbook.Write(workbook, rows, key => text[key]);
                workbook.Position = 0;

                // Names of people and money saved: no browser or proxy cache keeps a copy.
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(workbook, XlsxType, "so-sang-kien.xlsx");
            })
            .RequireAuthorization();
}
