import type { AntdIconProps } from '@ant-design/icons/lib/components/AntdIcon';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the one place icons come from
import {
  AlertOutlined as AlertOutlinedIcon,
  ApartmentOutlined as ApartmentOutlinedIcon,
  AuditOutlined as AuditOutlinedIcon,
  BarChartOutlined as BarChartOutlinedIcon,
  BellOutlined as BellOutlinedIcon,
  BookOutlined as BookOutlinedIcon,
  BulbOutlined as BulbOutlinedIcon,
  CalendarOutlined as CalendarOutlinedIcon,
  CheckCircleFilled as CheckCircleFilledIcon,
  CheckCircleOutlined as CheckCircleOutlinedIcon,
  CheckOutlined as CheckOutlinedIcon,
  CheckSquareOutlined as CheckSquareOutlinedIcon,
  ClockCircleOutlined as ClockCircleOutlinedIcon,
  CloseCircleOutlined as CloseCircleOutlinedIcon,
  DeleteOutlined as DeleteOutlinedIcon,
  DownOutlined as DownOutlinedIcon,
  FileExcelOutlined as FileExcelOutlinedIcon,
  FundOutlined as FundOutlinedIcon,
  DownloadOutlined as DownloadOutlinedIcon,
  EditOutlined as EditOutlinedIcon,
  ExclamationCircleFilled as ExclamationCircleFilledIcon,
  ExclamationCircleOutlined as ExclamationCircleOutlinedIcon,
  ExportOutlined as ExportOutlinedIcon,
  EyeOutlined as EyeOutlinedIcon,
  FileAddOutlined as FileAddOutlinedIcon,
  FileDoneOutlined as FileDoneOutlinedIcon,
  FilePdfOutlined as FilePdfOutlinedIcon,
  FileWordOutlined as FileWordOutlinedIcon,
  FolderOpenOutlined as FolderOpenOutlinedIcon,
  HistoryOutlined as HistoryOutlinedIcon,
  HomeOutlined as HomeOutlinedIcon,
  InboxOutlined as InboxOutlinedIcon,
  InfoCircleOutlined as InfoCircleOutlinedIcon,
  LinkOutlined as LinkOutlinedIcon,
  LockOutlined as LockOutlinedIcon,
  LoginOutlined as LoginOutlinedIcon,
  LogoutOutlined as LogoutOutlinedIcon,
  MenuOutlined as MenuOutlinedIcon,
  MergeCellsOutlined as MergeCellsOutlinedIcon,
  MinusCircleOutlined as MinusCircleOutlinedIcon,
  PaperClipOutlined as PaperClipOutlinedIcon,
  PlayCircleOutlined as PlayCircleOutlinedIcon,
  PlusOutlined as PlusOutlinedIcon,
  RedoOutlined as RedoOutlinedIcon,
  ReloadOutlined as ReloadOutlinedIcon,
  SafetyCertificateOutlined as SafetyCertificateOutlinedIcon,
  SaveOutlined as SaveOutlinedIcon,
  SearchOutlined as SearchOutlinedIcon,
  SendOutlined as SendOutlinedIcon,
  SettingOutlined as SettingOutlinedIcon,
  SnippetsOutlined as SnippetsOutlinedIcon,
  StopOutlined as StopOutlinedIcon,
  SwapOutlined as SwapOutlinedIcon,
  TeamOutlined as TeamOutlinedIcon,
  ToolOutlined as ToolOutlinedIcon,
  UnorderedListOutlined as UnorderedListOutlinedIcon,
  UploadOutlined as UploadOutlinedIcon,
  UserAddOutlined as UserAddOutlinedIcon,
  UserOutlined as UserOutlinedIcon,
  UserSwitchOutlined as UserSwitchOutlinedIcon,
} from '@ant-design/icons';
import type { ComponentType } from 'react';

/**
 * The icons the app uses, hidden from screen readers: Ant Design names each icon in English
 * (`aria-label="inbox"`), which would be read out before the Vietnamese label of every button.
 * Where an icon is the only content of a control, the control carries its own label.
 */
function quiet(Icon: ComponentType<AntdIconProps>): ComponentType<AntdIconProps> {
  const QuietIcon = (props: AntdIconProps) => <Icon aria-hidden {...props} />;
  QuietIcon.displayName = Icon.displayName;
  return QuietIcon;
}

export const AlertOutlined = quiet(AlertOutlinedIcon);
export const ApartmentOutlined = quiet(ApartmentOutlinedIcon);
export const AuditOutlined = quiet(AuditOutlinedIcon);
export const BarChartOutlined = quiet(BarChartOutlinedIcon);
export const BellOutlined = quiet(BellOutlinedIcon);
export const BookOutlined = quiet(BookOutlinedIcon);
export const BulbOutlined = quiet(BulbOutlinedIcon);
export const CalendarOutlined = quiet(CalendarOutlinedIcon);
export const CheckCircleFilled = quiet(CheckCircleFilledIcon);
export const CheckCircleOutlined = quiet(CheckCircleOutlinedIcon);
export const CheckOutlined = quiet(CheckOutlinedIcon);
export const CheckSquareOutlined = quiet(CheckSquareOutlinedIcon);
export const ClockCircleOutlined = quiet(ClockCircleOutlinedIcon);
export const CloseCircleOutlined = quiet(CloseCircleOutlinedIcon);
export const DeleteOutlined = quiet(DeleteOutlinedIcon);
export const DownOutlined = quiet(DownOutlinedIcon);
export const DownloadOutlined = quiet(DownloadOutlinedIcon);
export const FileExcelOutlined = quiet(FileExcelOutlinedIcon);
export const EditOutlined = quiet(EditOutlinedIcon);
export const ExclamationCircleFilled = quiet(ExclamationCircleFilledIcon);
export const ExclamationCircleOutlined = quiet(ExclamationCircleOutlinedIcon);
export const ExportOutlined = quiet(ExportOutlinedIcon);
export const EyeOutlined = quiet(EyeOutlinedIcon);
export const FileAddOutlined = quiet(FileAddOutlinedIcon);
export const FileDoneOutlined = quiet(FileDoneOutlinedIcon);
export const FilePdfOutlined = quiet(FilePdfOutlinedIcon);
export const FileWordOutlined = quiet(FileWordOutlinedIcon);
export const FolderOpenOutlined = quiet(FolderOpenOutlinedIcon);
export const FundOutlined = quiet(FundOutlinedIcon);
export const HistoryOutlined = quiet(HistoryOutlinedIcon);
export const HomeOutlined = quiet(HomeOutlinedIcon);
export const InboxOutlined = quiet(InboxOutlinedIcon);
export const InfoCircleOutlined = quiet(InfoCircleOutlinedIcon);
export const LinkOutlined = quiet(LinkOutlinedIcon);
export const LockOutlined = quiet(LockOutlinedIcon);
export const LoginOutlined = quiet(LoginOutlinedIcon);
export const LogoutOutlined = quiet(LogoutOutlinedIcon);
export const MenuOutlined = quiet(MenuOutlinedIcon);
export const MergeCellsOutlined = quiet(MergeCellsOutlinedIcon);
export const MinusCircleOutlined = quiet(MinusCircleOutlinedIcon);
export const PaperClipOutlined = quiet(PaperClipOutlinedIcon);
export const PlayCircleOutlined = quiet(PlayCircleOutlinedIcon);
export const PlusOutlined = quiet(PlusOutlinedIcon);
export const RedoOutlined = quiet(RedoOutlinedIcon);
export const ReloadOutlined = quiet(ReloadOutlinedIcon);
export const SafetyCertificateOutlined = quiet(SafetyCertificateOutlinedIcon);
export const SaveOutlined = quiet(SaveOutlinedIcon);
export const SearchOutlined = quiet(SearchOutlinedIcon);
export const SendOutlined = quiet(SendOutlinedIcon);
export const SettingOutlined = quiet(SettingOutlinedIcon);
export const SnippetsOutlined = quiet(SnippetsOutlinedIcon);
export const StopOutlined = quiet(StopOutlinedIcon);
export const SwapOutlined = quiet(SwapOutlinedIcon);
export const TeamOutlined = quiet(TeamOutlinedIcon);
export const ToolOutlined = quiet(ToolOutlinedIcon);
export const UnorderedListOutlined = quiet(UnorderedListOutlinedIcon);
export const UploadOutlined = quiet(UploadOutlinedIcon);
export const UserAddOutlined = quiet(UserAddOutlinedIcon);
export const UserOutlined = quiet(UserOutlinedIcon);
export const UserSwitchOutlined = quiet(UserSwitchOutlinedIcon);
