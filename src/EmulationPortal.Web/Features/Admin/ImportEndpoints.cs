using System.Text;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Identity;
using EmulationPortal.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EmulationPortal.Web.Features.Admin;

internal static class ImportEndpoints
{
    /// <summary>
    /// <c>GET /admin/users/import/template.csv</c>: the staff import file with its header row in the request's language,
    /// the headers the import reads back; UTF-8 with a byte-order mark so Excel opens the Vietnamese letters right. Admins only,
    /// a plain 403 otherwise.
    /// </summary>
    public static void MapImportEndpoints(this WebApplication app) =>
        app.MapGet("/admin/users/import/template.csv", async (HttpContext http, CurrentUserLookup users, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var user = await users.FindAsync(http.User, ct) ?? CurrentUserLookup.Nobody;
                if (!user.IsInRole(Roles.Admin))
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                var content = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text["Admin.Import.TemplateHeaders"].Value + "\r\n")).ToArray();
                return Results.File(content, "text/csv; charset=utf-8", text["Admin.Import.TemplateFile"].Value);
            })
            .RequireAuthorization();
}
