using System.Buffers.Text;
using System.Security.Cryptography;

namespace EmulationPortal.Application.Decisions;

/// <summary>A certificate's public code: 128 random bits in URL-safe Base64 (22 characters), so codes cannot be guessed or enumerated.</summary>
internal static class VerificationCode
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
