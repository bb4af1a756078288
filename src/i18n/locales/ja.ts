import type { UiStrings } from '../ui-strings.js';

/** Japanese. */
const ja: UiStrings = {
  zoomIn: '拡大',
  zoomOut: '縮小',
  fit: '全体を表示',
  controls: 'タイムラインの操作',
  legend: 'カテゴリ',
  close: '閉じる',
  dismiss: '閉じる',
  source: '出典',
  loading: 'イベントを読み込んでいます…',
  reading: (percent) => `イベントを読み取り中… ${percent}%`,
  more: (count) => `…ほか ${count} 件。`,
  noEvents: '表示するイベントはありません。',
  plotLabel: (count, from, to) =>
    count === 1 ? `1 件のイベント、${from}` : `${from}から${to}までの ${count} 件のイベント`,
  eventsNotShown: (count) => `${count} 件のイベントを表示できませんでした。`,
  eventsCorrected: (count) => `${count} 件のイベントを修正しました。`,
  loadFailed: 'タイムラインのデータを読み込めませんでした。',
  uncategorised: 'その他',
  selected: '選択中',
  showing: (span) => `表示中: ${span}。`,
  clusterLabel: (count, span, categories) =>
    `${count} 件のイベント、${span}: ${categories}。Enter キーで拡大します。`,
  previous: '前のイベント',
  next: '次のイベント',
  story: 'ストーリー',
  storyPosition: (position, total) => `${total} 件中 ${position} 件目`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + スクロールで拡大`,
  zoomToEvent: 'イベントに拡大',
  exportImage: '画像として保存',
  today: '今日',
  list: 'リスト',
  showEarlier: (_count, shown) => `前の${shown}件を表示`,
  showLater: (_count, shown) => `後の${shown}件を表示`,
};

export default ja;
