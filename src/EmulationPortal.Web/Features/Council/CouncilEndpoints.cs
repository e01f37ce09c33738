using System.Globalization;
using EmulationPortal.Application.Council;
using EmulationPortal.Application.Access;
using EmulationPortal.Web.Hosting;
using EmulationPortal.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EmulationPortal.Web.Features.Council;

internal static class CouncilEndpoints
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// <c>GET /council/sessions/{id}/minutes.docx</c>: the session minutes as a Word file, for whoever reads the minutes
    /// page (its members, the political department, admins); a refusal is a plain 403 since a file was asked for. The
    /// minutes are a Vietnamese record to sign and file, so they are written in Vietnamese whatever the reader's language.
    /// </summary>
    public static void MapCouncilEndpoints(this WebApplication app) =>
        app.MapGet("/council/sessions/{id:int}/minutes.docx", async (int id, HttpContext http, CurrentUserLookup users, CouncilSessionQuery query, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var session = await query.ExecuteAsync(await users.FindAsync(http.User, ct) ?? CurrentUserLookup.Nobody, id, ct);
                if (session is null)
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                var document = new MemoryStream();
                var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
                try
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(LocalizationSetup.Vietnamese);
                    SessionMinutesDocument.Write(document, session, (key, args) => text[key, args]);
                }
                finally
                {
                    (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
                }

                document.Position = 0;

                // Names of council members and nominees: no browser or proxy cache keeps a copy.
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(document, DocxType, $"bien-ban-hoi-dong-{id}.docx");
            })
            .RequireAuthorization();
}
