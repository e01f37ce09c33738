using System.Text;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Attachments;
using EmulationPortal.Application.Identity;
using Microsoft.AspNetCore.Authorization;

namespace EmulationPortal.Web.Features.Attachments;

internal static class AttachmentEndpoints
{
    /// <summary>
    /// <c>GET /attachments/{id}</c>: a kept file for whoever may read its initiative or nomination (the use case decides,
    /// by role and unit); 404 for anyone else, as for a file that does not exist. Always a download, never shown inline:
    /// the content type is the one its content showed, the browser may not guess another, and no cache keeps a copy.
    /// </summary>
    public static void MapAttachmentEndpoints(this WebApplication app) =>
        app.MapGet("/attachments/{id:int}", async (int id, HttpContext http, CurrentUserLookup users, AttachmentDownloadQuery query, CancellationToken ct) =>
            {
                var file = await query.ExecuteAsync(await users.FindAsync(http.User, ct) ?? CurrentUserLookup.Nobody, id, ct);
                if (file is null)
                {
                    return Results.NotFound();
                }

                var headers = http.Response.Headers;
                headers.ContentDisposition = ContentDisposition(file.FileName);
                headers.XContentTypeOptions = "nosniff";
                headers.CacheControl = "no-store, private";
                headers.Pragma = "no-cache";
                return Results.Bytes(file.Bytes, file.ContentType);
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = $"{Roles.Admin},{Roles.PoliticalOfficer},{Roles.UnitLeader},{Roles.Staff}" });

    /// <summary>RFC 6266: the name in UTF-8 (<c>filename*</c>, so Vietnamese survives) and an ASCII stand-in for old clients.</summary>
    internal static string ContentDisposition(string fileName)
    {
        var ascii = new StringBuilder(fileName.Length);
        foreach (var c in fileName.Normalize(NormalizationForm.FormD))
        {
            if (c is >= ' ' and <= '~' and not ('"' or '\\' or ';'))
            {
                ascii.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                ascii.Append(c is 'đ' ? 'd' : c is 'Đ' ? 'D' : '_');
            }
        }

        return $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }
}
