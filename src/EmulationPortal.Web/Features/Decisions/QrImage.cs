using QRCoder;

namespace EmulationPortal.Web.Features.Decisions;

/// <summary>A QR code as a PNG data URI: the content security policy allows <c>data:</c> images, and no third party draws it.</summary>
internal static class QrImage
{
    public static string DataUri(string text) =>
        "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(text, QRCodeGenerator.ECCLevel.M, 6));
}
