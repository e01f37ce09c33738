using EmulationPortal.Application.Access;
using EmulationPortal.Application.Decisions;
using EmulationPortal.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EmulationPortal.Web.Features.Decisions;

internal static class DecisionEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// <c>GET /decisions/{id}.xlsx</c> (one decision) and <c>GET /decisions/register/{year}.xlsx</c> (the year's register),
    /// in the request's language; the queries decide access, a refusal is a plain 403 since a file was asked for.
    /// </summary>
    public static void MapDecisionEndpoints(this WebApplication app)
    {
        app.MapGet("/decisions/{id:int}.xlsx", async (int id, HttpContext http, CurrentUserLookup users, DecisionDetailQuery query, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var user = await users.FindAsync(http.User, ct) ?? CurrentUserLookup.Nobody;
                var decision = await query.ExecuteAsync(user, id, ct);
                return decision is null ? Results.StatusCode(StatusCodes.Status403Forbidden) : Workbook(http, [decision], text, $"quyet-dinh-{id}.xlsx");
            })
            .RequireAuthorization();
        app.MapGet("/decisions/register/{year:int}.xlsx", async (int year, HttpContext http, CurrentUserLookup users, DecisionDetailQuery query, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var register = await query.RegisterAsync(await users.FindAsync(http.User, ct) ?? CurrentUserLookup.Nobody, year, ct);
                return register is null ? Results.StatusCode(StatusCodes.Status403Forbidden) : Workbook(http, register, text, $"so-quyet-dinh-{year}.xlsx");
            })
            .RequireAuthorization();
    }

    private static IResult Workbook(HttpContext http, IEnumerable<DecisionDetail> decisions, IStringLocalizer<SharedResource> text, string name)
    {
        var workbook = new MemoryStream();
        DecisionWorkbook.Write(workbook, decisions, key => text[key]);
        workbook.Position = 0;

        // Names and bonuses of people: no browser or proxy cache keeps a copy.
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(workbook, XlsxType, name);
    }
}
