using System.Buffers;

namespace Inventory.Api.Http;

/// <summary>
/// A request body read into a buffer rented from the shared array pool. Disposing it returns the buffer, so the bytes
/// must not be used, or kept, after that.
/// </summary>
public sealed class PooledBody : IDisposable
{
    private byte[]? _buffer;

    internal PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>How many bytes the body has.</summary>
    public int Length { get; }

    /// <summary>The body's bytes.</summary>
    public ReadOnlyMemory<byte> Memory => _buffer is { } buffer
        ? buffer.AsMemory(0, Length)
        : throw new ObjectDisposedException(nameof(PooledBody));

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
