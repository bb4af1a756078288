import type { UiStrings } from '../ui-strings.js';

/** Chinese (Simplified). */
const zh: UiStrings = {
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '显示全部',
  controls: '时间轴控件',
  legend: '类别',
  close: '关闭',
  dismiss: '关闭',
  source: '来源',
  loading: '正在加载事件…',
  reading: (percent) => `正在读取事件… ${percent}%`,
  more: (count) => `…另有 ${count} 项。`,
  noEvents: '没有可显示的事件。',
  plotLabel: (count, from, to) =>
    count === 1 ? `1 个事件，${from}` : `从${from}到${to}的 ${count} 个事件`,
  eventsNotShown: (count) => `${count} 个事件无法显示。`,
  eventsCorrected: (count) => `已更正 ${count} 个事件。`,
  loadFailed: '无法加载时间轴数据。',
  uncategorised: '其他',
  selected: '已选中',
  showing: (span) => `当前显示：${span}。`,
  clusterLabel: (count, span, categories) =>
    `${count} 个事件，${span}：${categories}。按 Enter 键放大。`,
  previous: '上一个事件',
  next: '下一个事件',
  story: '故事',
  storyPosition: (position, total) => `第 ${position} / ${total} 个`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + 滚轮缩放`,
  zoomToEvent: '缩放到事件',
  exportImage: '保存为图片',
  today: '今天',
  list: '列表',
  showEarlier: (_count, shown) => `显示之前的${shown}个事件`,
  showLater: (_count, shown) => `显示之后的${shown}个事件`,
};

export default zh;
