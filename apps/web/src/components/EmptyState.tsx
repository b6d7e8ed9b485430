import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** What a list shows when it has nothing: a sentence that says so, and what to do about it. */
export function EmptyState({ text, action }: { text: string; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text}>
      {action}
    </Empty>
  );
}
