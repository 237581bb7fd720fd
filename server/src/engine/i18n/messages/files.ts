// Texts about reading and writing files on disk (CLI and server hosts): safe reads, safe writes, fix loop.
export const fileMessages = {
  en: {
    'files.notRegular': 'not a regular file (a FIFO, socket or device); skipped.',
    'files.unreadableFolder': '{path}: cannot read the folder: {error}',
    'files.unreadableFound': '{path}: {problem}',
    'files.findingsCapped': '{count} more finding(s) in this file are not shown (at most {limit} per file).',
    'files.notWritten': '{path}: not fixed: {reason}',
    'files.outsideTargets': 'it is a link to {real}, outside the named files and folders (name it directly to fix it)',
    'files.changedOnDisk': 'the file changed on disk while it was being checked',
    'files.notWritable': 'cannot write the file: {error}',
    'files.encodingRoundTrip': 'its bytes cannot be written back unchanged in their own encoding',
    'files.nothingWritten': 'No file was changed: {reason}',
    'files.rolledBack': 'Writing failed ({error}); every file already written was restored.',
    'files.fixNotConverged':
      'The fixes did not settle after {passes} passes; stopped. Review the remaining findings by hand.',
    'files.fixRaisedErrors': '{count} fix(es) were not applied because they would add errors.',
    'gen.cli.symlinkInOut':
      '{path} is a symbolic link; generate does not write through links. Remove it or choose another folder.',
    'gen.cli.staleRemoved': 'Removed {count} node file(s) left by an earlier run: {files}',
  } as Record<string, string>,
  'zh-cn': {
    'files.notRegular': '不是普通文件（FIFO、套接字或设备），已跳过。',
    'files.unreadableFolder': '{path}：无法读取文件夹：{error}',
    'files.unreadableFound': '{path}：{problem}',
    'files.findingsCapped': '此文件还有 {count} 条问题未显示（每个文件最多 {limit} 条）。',
    'files.notWritten': '{path}：未修复：{reason}',
    'files.outsideTargets': '它是指向 {real} 的链接，位于所指定的文件和文件夹之外（直接指定该文件才会修复）',
    'files.changedOnDisk': '检查期间文件在磁盘上被修改',
    'files.notWritable': '无法写入文件：{error}',
    'files.encodingRoundTrip': '文件的字节无法按原编码原样写回',
    'files.nothingWritten': '没有修改任何文件：{reason}',
    'files.rolledBack': '写入失败（{error}）；已写入的文件均已恢复原样。',
    'files.fixNotConverged': '经过 {passes} 轮修复后结果仍在变化，已停止。请手动检查剩余问题。',
    'files.fixRaisedErrors': '有 {count} 个修复未应用，因为它们会引入新的错误。',
    'gen.cli.symlinkInOut': '{path} 是符号链接；generate 不会通过链接写入。请删除它或换一个文件夹。',
    'gen.cli.staleRemoved': '已删除上次生成留下的 {count} 个节点文件：{files}',
  } as Record<string, string>,
};
