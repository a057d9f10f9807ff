// SPDX-License-Identifier: MIT
// Runs the fuzz entry point over the golden files and simple mutations of them (every
// single-byte deletion and a byte flip per line), so the harness and its invariants are
// exercised by every normal build, not only by clang fuzzing runs.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {
void run(const QByteArray& bytes)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                           static_cast<std::size_t>(bytes.size()));
}
} // namespace

int main()
{
    int files = 0;
    long long inputs = 0;
    QDirIterator it(QStringLiteral(ACTDESK_TRANSFER_DATA_DIR), {QStringLiteral("input.adtx")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = f.readAll();
        ++files;
        run(bytes);
        ++inputs;
        for (qsizetype i = 0; i < bytes.size(); i += 7) {
            QByteArray cut = bytes;
            cut.remove(i, 1);
            run(cut);
            QByteArray flipped = bytes;
            flipped[i] = static_cast<char>(flipped[i] ^ 0x01);
            run(flipped);
            run(bytes.left(i));
            inputs += 3;
        }
    }
    std::printf("%d files, %lld inputs: no crash, every accepted file round-trips\n", files, inputs);
    return files > 10 ? 0 : 1;
}
